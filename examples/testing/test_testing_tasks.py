import unittest

import pytest
from sqlalchemy import inspect

import testing_tasks
from testing_tasks import create_app, db, normalize_title

TOKEN = "test-token"


# -- Fixtures: in a real project these live in conftest.py ---------------------------------

@pytest.fixture
def app():
    app = create_app({
        "TESTING": True,                                  # exceptions reach the test
        "SQLALCHEMY_DATABASE_URI": "sqlite://",           # in memory, new for every test
        "API_TOKEN": TOKEN,
    })
    with app.app_context():
        db.create_all()
    yield app                                             # no app context held open here
    with app.app_context():
        db.drop_all()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def auth():
    return {"Authorization": f"Bearer {TOKEN}"}


# -- Unit: pure functions, no app ----------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [("  Write   tests ", "Write tests"), (42, "42")])
def test_normalize_title(raw, expected):
    assert normalize_title(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "x" * 201])
def test_normalize_title_rejects(raw):
    with pytest.raises(ValueError, match="1 to 200"):
        normalize_title(raw)


# -- Integration: views, database, auth through the test client ----------------------------

def test_create_and_fetch(client, auth):
    created = client.post("/tasks", json={"title": "Write tests"}, headers=auth)
    assert created.status_code == 201
    fetched = client.get(created.headers["Location"], headers=auth)
    assert fetched.get_json() == {"id": 1, "title": "Write tests", "done": False}


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},    # none, wrong, no "Bearer"
])
def test_unauthorized(client, headers):
    response = client.get("/tasks/1", headers=headers)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_missing_task_and_invalid_title(client, auth):
    assert client.get("/tasks/99", headers=auth).get_json() == {"error": "not found"}
    assert client.post("/tasks", json={"title": " "}, headers=auth).status_code == 400
    assert client.post("/tasks", json=["not", "an", "object"], headers=auth).status_code == 400


def test_each_test_gets_an_empty_database(client, auth):
    assert client.get("/tasks/1", headers=auth).status_code == 404


def test_cli_command(runner, app):
    with app.app_context():
        db.drop_all()
    result = runner.invoke(args=["init-db"])
    assert result.output == "Initialized the database.\n"
    with app.app_context():
        assert inspect(db.engine).has_table("task")


# -- What TESTING=True changes -----------------------------------------------------------

def test_testing_lets_exceptions_reach_the_test(app, client, auth, monkeypatch):
    def broken(raw):
        raise RuntimeError("bug in normalize_title")

    monkeypatch.setattr(testing_tasks, "normalize_title", broken)
    with pytest.raises(RuntimeError, match="bug in normalize_title"):
        client.post("/tasks", json={"title": "x"}, headers=auth)     # the real traceback
    app.testing = False
    assert client.post("/tasks", json={"title": "x"}, headers=auth).status_code == 500


# -- unittest works too (pytest runs it); setUp/tearDown replace the fixtures ---------------

class TaskApiTestCase(unittest.TestCase):
    def setUp(self):
        self.app = create_app({
            "TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://", "API_TOKEN": TOKEN})
        with self.app.app_context():
            db.create_all()
        self.client = self.app.test_client()

    def tearDown(self):
        with self.app.app_context():
            db.drop_all()
            db.engine.dispose()

    def test_create(self):
        response = self.client.post("/tasks", json={"title": "From unittest"},
                                    headers={"Authorization": f"Bearer {TOKEN}"})
        self.assertEqual(response.status_code, 201)
