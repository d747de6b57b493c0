import os

import pytest
from flask import Flask

from cfg_management import create_app


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    """Each test starts from an environment without SHOP_* variables."""
    monkeypatch.setattr(os, "environ", {k: v for k, v in os.environ.items()
                                        if not k.startswith("SHOP_")})


def test_without_a_choice_the_app_refuses_to_start_without_secrets():
    # Fail closed: a deploy that forgot SHOP_CONFIG gets production rules, not the dev key.
    with pytest.raises(RuntimeError, match="Missing required config for production: "
                                           "SECRET_KEY, DATABASE_URL"):
        create_app()


def test_without_a_choice_secrets_from_the_environment_are_enough(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "9c1e" * 16)
    monkeypatch.setenv("SHOP_DATABASE_URL", "postgresql://shop@db/shop")
    assert create_app().config["SESSION_COOKIE_SECURE"] is True  # production, not development


def test_development_is_an_explicit_choice(monkeypatch):
    monkeypatch.setenv("SHOP_CONFIG", "development")
    app = create_app()
    assert app.config["SECRET_KEY"] == "dev-only-not-a-secret"
    assert app.config["DATABASE_URL"] == "sqlite:///dev.db"
    assert app.config["SESSION_COOKIE_SECURE"] is False  # Flask's default


def test_the_environment_variable_selects_the_class(monkeypatch):
    monkeypatch.setenv("SHOP_CONFIG", "testing")
    app = create_app()
    assert app.testing and app.config["DATABASE_URL"] == "sqlite://"


def test_tests_override_single_values():
    app = create_app("testing", {"DATABASE_URL": "sqlite:////tmp/x.db"})
    assert app.config["DATABASE_URL"] == "sqlite:////tmp/x.db"


def test_production_refuses_to_start_without_secrets():
    with pytest.raises(RuntimeError, match="Missing required config for production: "
                                           "SECRET_KEY, DATABASE_URL"):
        create_app("production")


def test_production_refuses_a_short_or_development_key(monkeypatch):
    monkeypatch.setenv("SHOP_DATABASE_URL", "postgresql://shop@db/shop")
    for weak in ("dev", "dev-only-not-a-secret", "changeme"):
        monkeypatch.setenv("SHOP_SECRET_KEY", weak)
        with pytest.raises(RuntimeError, match="SECRET_KEY is too short for production"):
            create_app("production")


def test_production_takes_secrets_from_the_environment(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "9c1e" * 16)
    monkeypatch.setenv("SHOP_DATABASE_URL", "postgresql://shop@db/shop")
    app = create_app("production")
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["DATABASE_URL"] == "postgresql://shop@db/shop"
    assert app.config["SECRET_KEY"] == "9c1e" * 16


def test_an_unknown_name_fails_loudly():
    with pytest.raises(RuntimeError, match="Unknown SHOP_CONFIG 'prod'"):
        create_app("prod")


def test_reading_os_environ_in_a_class_body_fails_at_import_time():
    with pytest.raises(KeyError):
        class ProductionConfig:  # noqa: F841 - the class body runs right here
            SECRET_KEY = os.environ["SHOP_SECRET_KEY"]


def test_from_object_needs_an_instance_for_properties():
    class LazyConfig:
        @property
        def DATABASE_URL(self):
            return "postgresql://shop@db/shop"

    app = Flask(__name__)
    app.config.from_object(LazyConfig)
    assert isinstance(app.config["DATABASE_URL"], property)  # the class gives the descriptor
    app.config.from_object(LazyConfig())
    assert app.config["DATABASE_URL"] == "postgresql://shop@db/shop"
