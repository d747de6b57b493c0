import logging
import re

import pytest

from deploy_app import create_app


@pytest.fixture
def make_app():
    apps = []

    def make(**overrides):
        app = create_app({"TESTING": True, **overrides})
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.extensions["deploy_engine"].dispose()


def test_liveness_reports_the_deployed_version(make_app, monkeypatch):
    monkeypatch.setenv("APP_VERSION", "3f9c2e1")
    response = make_app().test_client().get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "version": "3f9c2e1"}


def test_readiness_checks_the_database(make_app):
    response = make_app().test_client().get("/readyz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ready", "database": "ok"}


def test_readiness_fails_when_the_database_is_unreachable(make_app, caplog):
    app = make_app(DATABASE_URL="sqlite:////nonexistent/dir/shop.db")
    client = app.test_client()
    response = client.get("/readyz")
    assert response.status_code == 503         # take this instance out of rotation
    assert response.get_json() == {"status": "unavailable", "database": "unreachable"}
    assert caplog.records[-1].levelno == logging.WARNING
    assert caplog.records[-1].error == "OperationalError"
    assert client.get("/healthz").status_code == 200    # but do not restart it


def test_a_request_id_is_generated_or_reused(make_app):
    client = make_app().test_client()
    generated = client.get("/healthz").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", generated)
    from_proxy = client.get("/healthz", headers={"X-Request-ID": "4c1d-77"})
    assert from_proxy.headers["X-Request-ID"] == "4c1d-77"


def test_a_malformed_request_id_is_replaced(make_app):
    client = make_app().test_client()
    for bad in ("x" * 65, "id with spaces", "a\u00e9b"):
        assert client.get("/healthz", headers={"X-Request-ID": bad}).headers["X-Request-ID"] != bad
