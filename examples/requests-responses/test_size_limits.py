import io

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from size_limits import app

client = app.test_client()
MIB = 1024 * 1024


def multipart(**fields):
    """Encode in memory (the test client spools large bodies to an unclosed temp file)."""
    boundary, body = encode_multipart(fields)
    return {"data": body, "content_type": f"multipart/form-data; boundary={boundary}"}


def test_small_requests_pass():
    assert client.post("/comments", data={"text": "hi"}).json == {"length": 2}
    assert client.post("/api/items", json=[1, 2]).json == {"count": 2}


def test_max_content_length_covers_every_body_type():
    response = client.post("/api/items", json=["x" * 1000] * 2000)  # about 2 MB of JSON
    assert response.status_code == 413
    assert response.json == {"error": "request body too large", "limit": MIB}
    big_file = FileStorage(io.BytesIO(b"x" * 2 * MIB), filename="clip.mp4")
    assert client.post("/comments", **multipart(text="hi", clip=big_file)).status_code == 413


def test_one_view_can_raise_its_own_limit():
    video = FileStorage(io.BytesIO(b"x" * 3 * MIB), filename="clip.mp4")
    response = client.post("/videos", **multipart(video=video))
    assert response.json["filename"] == "clip.mp4"


def test_form_memory_size_applies_to_multipart_text_fields():
    long_text = "x" * 150_000  # under MAX_CONTENT_LENGTH, over MAX_FORM_MEMORY_SIZE
    assert client.post("/comments", **multipart(text=long_text)).status_code == 413
    # Werkzeug 3.1.9 does not apply it to urlencoded bodies (3.1.0-3.1.8 did).
    assert client.post("/comments", data={"text": long_text}).json == {"length": 150_000}


@pytest.mark.parametrize(("parts", "status"), [(50, 200), (51, 413)])
def test_form_parts_limit(parts, status):
    fields = {f"field{n}": "v" for n in range(parts - 1)} | {"text": "hi"}
    assert client.post("/comments", **multipart(**fields)).status_code == status


def test_defaults():
    from flask import Flask

    defaults = Flask(__name__).config
    assert defaults["MAX_CONTENT_LENGTH"] is None
    assert (defaults["MAX_FORM_MEMORY_SIZE"], defaults["MAX_FORM_PARTS"]) == (500_000, 1_000)
