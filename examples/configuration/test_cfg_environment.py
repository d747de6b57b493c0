import os
from pathlib import Path

import pytest
from flask.cli import load_dotenv

from cfg_environment import create_app

SAMPLE = Path(__file__).parent / "cfg_sample.env"


@pytest.fixture
def environ(monkeypatch):
    """A private copy of os.environ, so loading the sample leaks nothing."""
    monkeypatch.setattr(os, "environ", {k: v for k, v in os.environ.items()
                                        if not k.startswith("SHOP_")})
    return os.environ


def test_values_are_parsed_as_json(environ):
    assert load_dotenv(SAMPLE, load_defaults=False)  # what `flask --env-file` does
    config = create_app().config
    assert config["ITEMS_PER_PAGE"] == 50
    assert config["ALLOWED_HOSTS"] == ["shop.example.com", "www.shop.example.com"]
    assert config["SECRET_KEY"].startswith("3f9a")  # not valid JSON: kept as a string


def test_double_underscore_sets_a_nested_key(environ):
    load_dotenv(SAMPLE, load_defaults=False)
    assert create_app().config["SQLALCHEMY_ENGINE_OPTIONS"] == {
        "pool_pre_ping": True, "pool_size": 10
    }


def test_json_pitfalls(environ):
    load_dotenv(SAMPLE, load_defaults=False)
    config = create_app().config
    assert config["SESSION_COOKIE_SECURE"] == "False"  # a non-empty string is truthy
    assert config["API_TOKEN"] == 12345  # an int, not the string "12345"


def test_real_environment_variables_win_over_the_file(environ):
    environ["SHOP_ITEMS_PER_PAGE"] = "10"
    load_dotenv(SAMPLE, load_defaults=False)
    assert create_app().config["ITEMS_PER_PAGE"] == 10


def test_quote_a_value_to_keep_it_a_string(environ):
    environ["SHOP_API_TOKEN"] = '"12345"'
    environ["SHOP_SESSION_COOKIE_SECURE"] = "true"
    config = create_app().config
    assert config["API_TOKEN"] == "12345"
    assert config["SESSION_COOKIE_SECURE"] is True
