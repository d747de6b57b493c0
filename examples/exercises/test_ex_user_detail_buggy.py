import pytest

from ex_user_detail_buggy import User, create_app, db


@pytest.fixture
def client():
    app = create_app()
    with app.app_context():
        db.create_all()
        db.session.add(User(name="Ada"))
        db.session.commit()
        yield app.test_client()
        db.drop_all()


def test_every_request_is_a_500(client):
    assert client.get("/users/1").status_code == 500    # User has no to_dict()
    assert client.get("/users/99").status_code == 500   # get() returned None
    assert client.get("/users/abc").status_code == 500  # the view ran with "abc"


def test_the_tracebacks_behind_the_500s(client):
    client.application.testing = True  # let the exception through, as the debugger would
    with pytest.raises(AttributeError, match="'User' object has no attribute 'to_dict'"):
        client.get("/users/1")
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'to_dict'"):
        client.get("/users/99")
