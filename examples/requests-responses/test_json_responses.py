import pytest

from json_responses import USER, api, app

client = app.test_client()


def test_default_provider_output():
    response = client.get("/api/user")
    assert response.content_type == "application/json"
    assert response.text == (
        '{"balance":"10.50","id":1,"joined":"Mon, 05 Jan 2026 00:00:00 GMT","name":"Zo\\u00eb"}\n'
    )  # sorted keys, ASCII escapes, compact, dates as HTTP dates, Decimal as string


def test_jsonify_accepts_any_json_value():
    assert client.get("/api/tags").json == ["flask", "jinja"]
    assert client.get("/api/count").text == "3\n"


def test_debug_mode_indents():
    app.debug = True
    try:
        assert client.get("/api/tags").text == '[\n  "flask",\n  "jinja"\n]\n'
    finally:
        app.debug = False


def test_old_json_config_keys_are_ignored():
    app.config["JSON_SORT_KEYS"] = False  # removed in Flask 2.3: no effect, no error
    try:
        assert client.get("/api/user").text.startswith('{"balance"')
    finally:
        del app.config["JSON_SORT_KEYS"]


def test_custom_provider():
    response = api.test_client().get("/api/user")
    assert response.text == '{"name":"Zoë","id":1,"joined":"2026-01-05","balance":"10.50"}\n'


def test_unknown_types_still_fail():
    with pytest.raises(TypeError, match="not JSON serializable"):
        api.json.dumps({**USER, "tags": {"a", "b"}})  # sets are not JSON
