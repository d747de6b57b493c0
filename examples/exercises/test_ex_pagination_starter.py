import pytest

from ex_pagination_starter import Post, create_app, db


@pytest.fixture
def client():
    app = create_app()
    with app.app_context():
        db.create_all()
        db.session.add_all(Post(title=f"Post {n}") for n in range(1, 24))
        db.session.commit()
        yield app.test_client()
        db.drop_all()


def test_the_gap_every_post_comes_back_and_page_is_ignored(client):
    assert len(client.get("/posts").json["items"]) == 23
    assert len(client.get("/posts?page=2&per_page=5").json["items"]) == 23
