import base64
import json
import zlib

import pytest
from flask import Flask, flash

from flash_messages import app


def test_flash_then_redirect_shows_the_messages_once():
    client = app.test_client()
    response = client.post("/profile", data={"name": "Ann"})
    assert response.status_code == 303
    page = client.get("/profile").text
    assert '<li class="alert alert-success">Saved the profile of Ann.</li>' in page
    assert '<li class="alert alert-warning">Your email address is not verified' in page
    assert "flashes" not in client.get("/profile").text  # consumed by the first page


def test_categories_drive_the_styling():
    client = app.test_client()
    client.post("/profile", data={"name": ""})
    assert '<li class="alert alert-error">A name is required.</li>' in client.get("/profile").text


def test_messages_are_escaped_like_any_other_variable():
    client = app.test_client()
    client.post("/profile", data={"name": "<script>alert(1)</script>"})
    page = client.get("/profile").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>" not in page


def test_pending_messages_travel_in_the_session_cookie():
    client = app.test_client()
    client.post("/profile", data={"name": "Ann"})
    value = client.get_cookie("session").value
    assert value.startswith(".")  # long enough to be zlib-compressed
    payload = value[1:].split(".")[0]
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    data = json.loads(zlib.decompress(raw))
    assert data["_flashes"][0] == {" t": ["success", "Saved the profile of Ann."]}  # a tuple
    # readable by the user, and part of the cookie's ~4 kB


def test_a_category_filter_drops_the_other_categories():
    client = app.test_client()
    client.post("/profile", data={"name": "Ann"})  # a success and a warning are pending
    assert "alert" not in client.get("/errors-only").text  # no errors to show...
    assert "alert" not in client.get("/profile").text  # ...and the others are gone too


def test_flash_needs_a_secret_key():
    bare = Flask(__name__)
    with bare.test_request_context(), pytest.raises(RuntimeError, match="no secret key"):
        flash("hello")
