import pytest
from sqlalchemy.exc import PendingRollbackError

from errors_rollback import create_app


def test_handler_that_rolls_back_can_use_the_session():
    client = create_app().test_client()
    assert client.post("/customers/ada@example.com").status_code == 201
    response = client.post("/customers/ada@example.com")  # duplicate
    assert response.json == {"error": "Internal Server Error", "customers": 1}


def test_handler_without_rollback_fails_itself():
    client = create_app(rollback_in_handler=False).test_client()
    client.post("/customers/ada@example.com")
    # The handler's own query raises; an error inside an error handler is not handled
    # again: the test client re-raises it, a real server answers with its own 500.
    with pytest.raises(PendingRollbackError):
        client.post("/customers/ada@example.com")
    # The next request is fine: Flask-SQLAlchemy removes the session at teardown.
    assert client.post("/customers/grace@example.com").status_code == 201
