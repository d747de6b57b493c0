import base64
import json

import flask
import werkzeug

from pallets_stack import app, statuses


def test_flask_request_and_response_are_werkzeug_objects():
    assert issubclass(flask.Request, werkzeug.Request)
    assert issubclass(flask.Response, werkzeug.Response)


def test_jinja_renders_and_markupsafe_escapes():
    response = app.test_client().get("/visit?who=<script>")
    assert response.text == "<p>&lt;script&gt; has visited 1 times</p>"


def test_session_cookie_is_signed_not_encrypted():
    client = app.test_client()
    client.get("/visit")
    cookie = client.get_cookie("session").value
    payload = cookie.split(".")[0]  # itsdangerous: payload.timestamp.signature
    decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    assert json.loads(decoded) == {"visits": 1}  # anyone can read it, no secret needed


def test_tampered_session_cookie_is_rejected():
    client = app.test_client()
    client.get("/visit")
    forged = base64.urlsafe_b64encode(b'{"visits":99}').decode().rstrip("=")
    signature = client.get_cookie("session").value.split(".", 1)[1]
    client.set_cookie("session", f"{forged}.{signature}")
    assert "has visited 1 times" in client.get("/visit").text  # bad signature: fresh session


def test_blinker_signal_fires_per_request():
    statuses.clear()
    app.test_client().get("/visit")
    app.test_client().get("/missing")
    assert statuses == [200, 404]


def test_click_command():
    result = app.test_cli_runner().invoke(args=["greet", "Ada"])
    assert result.output == "Hello, Ada!\n"
