import io

import pytest

from forms_serve_uploads import FILES, create_app

HTML = b"<html><script>fetch('/api/me').then(r => r.text()).then(steal)</script></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="steal(document.cookie)"/>'
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def client(tmp_path):
    FILES.clear()
    return create_app(str(tmp_path)).test_client()


def upload(client, content, name, user="mallory"):
    response = client.post("/files", data={"file": (io.BytesIO(content), name)},
                           headers={"X-User": user})
    return response.json["id"]


def test_unsafe_serving_runs_an_uploaded_page_on_our_origin(client):
    file_id = upload(client, HTML, "cv.html")
    with client.get(f"/unsafe/files/{file_id}") as response:  # anyone Mallory sends it to
        assert response.mimetype == "text/html"  # the browser renders it, the script runs
        assert response.headers["Content-Disposition"].startswith("inline;")
        assert b"<script>" in response.data


@pytest.mark.parametrize(("content", "name"), [(HTML, "cv.html"), (SVG, "logo.svg")])
def test_safe_serving_forces_a_download_of_active_content(client, content, name):
    file_id = upload(client, content, name)
    with client.get(f"/files/{file_id}", headers={"X-User": "mallory"}) as response:
        assert response.status_code == 200
        assert response.mimetype == "application/octet-stream"
        assert response.headers["Content-Disposition"] == f"attachment; filename={name}"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "sandbox" in response.headers["Content-Security-Policy"]


def test_images_are_shown_inline_with_a_type_from_their_content(client):
    file_id = upload(client, PNG, "photo.html", user="ann")  # a misleading name is ignored
    with client.get(f"/files/{file_id}", headers={"X-User": "ann"}) as response:
        assert response.mimetype == "image/png"
        assert response.headers["Content-Disposition"] == "inline; filename=photo.html"


def test_other_users_get_a_404(client):
    file_id = upload(client, PNG, "photo.png", user="ann")
    assert client.get(f"/files/{file_id}", headers={"X-User": "mallory"}).status_code == 404
    assert client.get("/files/does-not-exist", headers={"X-User": "ann"}).status_code == 404
