import pytest

from ex_user_detail import User, create_app, db


@pytest.fixture
def client():
    app = create_app()
    with app.app_context():
        db.create_all()
        db.session.add(User(name="Ada"))
        db.session.commit()
        yield app.test_client()
        db.drop_all()


def test_existing_user(client):
    response = client.get("/users/1")
    assert response.status_code == 200 and response.json == {"id": 1, "name": "Ada"}


def test_missing_user_is_a_json_404(client):
    response = client.get("/users/99")
    assert response.status_code == 404 and response.json == {"error": "No such user"}


def test_non_numeric_id_never_reaches_the_view(client):
    response = client.get("/users/abc")
    assert response.status_code == 404
    assert response.json["error"].startswith("The requested URL was not found")
