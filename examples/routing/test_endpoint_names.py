import pathlib

import pytest
from flask import Flask, url_for
from flask.cli import routes_command

from endpoint_names import account, app, audited_without_wraps, billing, health

client = app.test_client()


def test_endpoint_name_is_not_the_function_name():
    assert app.view_functions["health_check"] is health
    assert "health" not in app.view_functions
    assert client.get("/healthz").text == "ok"
    with app.test_request_context():
        assert url_for("health_check") == "/healthz"


def test_one_view_on_two_rules():
    assert client.get("/users/page/3").text == "users, page 3"
    assert client.get("/users/").text == "users, page 1"
    with app.test_request_context():
        assert url_for("list_users", page=1) == "/users/"  # the rule with the defaults
        assert url_for("list_users", page=3) == "/users/page/3"
    # The URL that duplicates the defaults redirects to the canonical one.
    response = client.get("/users/page/1")
    assert (response.status_code, response.headers["Location"]) == (308, "http://localhost/users/")


def test_decorator_without_wraps_overwrites_endpoint():
    broken = Flask(__name__)
    broken.get("/account")(audited_without_wraps(account))
    with pytest.raises(AssertionError, match="overwriting an existing endpoint function: wrapper"):
        broken.get("/billing")(audited_without_wraps(billing))
    assert broken.test_client().get("/account").text == "account"


def test_wraps_keeps_names():
    assert {"account", "billing"} <= set(app.view_functions)
    assert client.get("/account").text == "account"
    assert client.get("/billing").text == "billing"


def test_url_map_lists_rules():
    rules = {rule.rule: rule.endpoint for rule in app.url_map.iter_rules()}
    assert rules["/users/"] == rules["/users/page/<int:page>"] == "list_users"


def test_flask_routes_output_matches_page():
    expected = pathlib.Path(__file__).with_name("endpoint_names_routes.txt").read_text()
    result = app.test_cli_runner().invoke(routes_command)
    assert result.exit_code == 0
    # The command pads every column; compare without trailing spaces.
    assert [line.rstrip() for line in result.output.splitlines()] == expected.splitlines()
