import io

import pytest

from request_data import app

client = app.test_client()


def test_query_form_files_headers_and_cookies():
    client.set_cookie("theme", "dark")
    response = client.post(
        "/profile?page=2",
        data={"name": "Ada", "tag": ["math", "code"], "avatar": (io.BytesIO(b"GIF89a"), "ada.gif")},
        headers={"User-Agent": "pytest"},
    )
    assert response.json == {"page": 2, "name": "Ada", "tags": ["math", "code"],
                             "avatar": "ada.gif", "agent": "pytest", "theme": "dark"}
    client.delete_cookie("theme")


def test_json_body_is_not_form_data():
    response = client.post("/profile", json={"name": "Ada"})
    assert response.json["name"] == ""  # request.form is empty for a JSON body


def test_get_json_parses_json_and_json_suffix_types():
    assert client.post("/api/items", json={"name": "mug"}).json == {"received": {"name": "mug"}}
    response = client.post("/api/items", data='{"name": "mug"}',
                           content_type="application/merge-patch+json")
    assert response.status_code == 201  # application/*+json counts as JSON


def test_wrong_content_type_is_415():
    response = client.post("/api/items", data={"name": "mug"})  # a form post
    assert response.status_code == 415  # 400 before Flask/Werkzeug 2.3
    assert "Content-Type was not &#39;application/json&#39;" in response.text


def test_malformed_json_is_400_with_details_only_in_debug():
    bad = {"data": "{'name': 'mug'}", "content_type": "application/json"}
    response = client.post("/api/items", **bad)
    assert response.status_code == 400
    assert "Failed to decode" not in response.text  # generic message in production
    app.debug = True
    try:
        assert "Failed to decode JSON object" in client.post("/api/items", **bad).text
    finally:
        app.debug = False


@pytest.mark.parametrize("body", [{"data": "not json"}, {"json": ["a", "list"]}, {"json": {}}])
def test_silent_returns_none_so_the_view_decides(body):
    response = client.post("/api/items/lenient", **body)
    assert response.status_code == 400
    assert response.json == {"error": "send a JSON object with a 'name'"}
    assert client.post("/api/items/lenient", json={"name": "mug"}).status_code == 201


def test_force_ignores_the_content_type():
    response = client.post("/webhook", data='{"type": "paid"}', content_type="text/plain")
    assert response.json == {"event": "paid", "bytes": 16}
