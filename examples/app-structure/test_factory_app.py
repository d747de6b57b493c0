import pytest

from factory_app import create_app


def test_each_call_builds_an_independent_app():
    first, second = create_app("testing"), create_app("testing")
    assert first is not second
    first.test_client().post("/tasks/", json={"title": "write docs"})
    assert first.test_client().get("/tasks/").json["tasks"] == ["write docs"]
    assert second.test_client().get("/tasks/").json["tasks"] == []  # own database


def test_config_is_chosen_per_instance():
    assert create_app("development").config["ENV_NAME"] == "development"
    testing = create_app("testing", SQLALCHEMY_ECHO=False)
    assert testing.testing is True
    assert testing.test_client().get("/tasks/").json["env"] == "testing"


def test_factory_registers_blueprints_and_handlers():
    app = create_app("testing")
    assert "tasks" in app.blueprints
    assert app.test_client().get("/nowhere").json == {"error": "not found"}


def test_production_config_needs_real_settings(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(KeyError, match="SECRET_KEY"):
        create_app("production")


def test_without_a_config_name_the_factory_builds_production(monkeypatch):
    # Fail closed: `flask --app factory_app run` or create_app() never gets the dev key.
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(KeyError, match="SECRET_KEY"):
        create_app()
