import logging

import pytest

from hooks_api import Connection, create_app

app = create_app()
client = app.test_client()
KEY = {"X-API-Key": "k-123"}


@pytest.fixture(autouse=True)
def reset():
    Connection.opened.clear()


def test_before_request_can_short_circuit():
    response = client.get("/api/reports")
    assert response.status_code == 401
    assert response.headers["X-Content-Type-Options"] == "nosniff"  # after_request still ran
    assert Connection.opened == []  # the view never ran


def test_request_with_a_key_reaches_the_view_and_is_logged(caplog):
    caplog.set_level(logging.INFO, logger="hooks_api")
    response = client.get("/api/reports", headers={**KEY, "X-Forwarded-For": "203.0.113.9"})
    assert response.json == {"client": "reporting-service", "reports": ["daily"]}
    assert "GET /api/reports 200 from 203.0.113.9 in" in caplog.text  # ProxyFix applied


def test_teardown_closes_what_the_request_opened():
    client.get("/api/reports", headers=KEY)
    [conn] = Connection.opened
    assert conn.closed


def test_teardown_runs_even_when_the_view_crashes():
    assert client.get("/broken").status_code == 500
    [conn] = Connection.opened
    assert conn.closed


def test_after_this_request_changes_one_response():
    response = client.post("/api/reports/export", headers=KEY)
    assert response.headers["Content-Disposition"] == "attachment; filename=reports.csv"
    assert "Content-Disposition" not in client.get("/api/reports", headers=KEY).headers


def test_after_request_runs_for_the_500_response_too():
    assert client.get("/broken").headers["X-Content-Type-Options"] == "nosniff"


def test_a_failing_teardown_skips_the_remaining_teardown_request_functions():
    from flask import Flask

    demo, ran = Flask(__name__), []
    demo.teardown_request(lambda error: ran.append("registered first, runs last"))

    @demo.teardown_request
    def explode(error):  # teardown functions run in reverse order of registration
        raise ValueError("bug in teardown")

    demo.teardown_appcontext(lambda error: ran.append("teardown_appcontext"))
    demo.get("/")(lambda: "ok")
    with pytest.raises(ValueError, match="bug in teardown"):  # the response is lost
        demo.test_client().get("/")
    assert ran == ["teardown_appcontext"]  # Flask 3.1; 3.2 calls every teardown
