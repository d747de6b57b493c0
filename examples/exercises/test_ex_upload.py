import io

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from ex_upload import create_app


@pytest.fixture
def client(tmp_path):
    return create_app(tmp_path).test_client()


def post(client, content, filename):
    return client.post("/uploads", data={"file": (io.BytesIO(content), filename)})


def test_a_valid_upload_is_stored(client, tmp_path):
    response = post(client, b"%PDF-1.7", "cv.pdf")
    assert response.status_code == 201
    stored = tmp_path / response.json["filename"]
    assert stored.read_bytes() == b"%PDF-1.7" and stored.name.endswith("-cv.pdf")


def test_missing_part_and_empty_filename(client):
    assert client.post("/uploads", data={}).json == {"error": "no 'file' part in the request"}
    response = post(client, b"", "")
    assert response.status_code == 400 and response.json == {"error": "no file selected"}


def test_disallowed_extension(client):
    response = post(client, b"#!/bin/sh", "run.sh")
    assert response.status_code == 400 and response.json == {"error": "file type not allowed"}


def test_path_traversal_is_neutralised(client, tmp_path):
    response = post(client, b"\x89PNG", "../../etc/avatar.png")
    assert response.json["original"] == "etc_avatar.png"
    assert [p.name for p in tmp_path.iterdir()] == [response.json["filename"]]


def test_a_name_that_sanitises_to_nothing(client):
    assert post(client, b"x", "../../").json == {"error": "no file selected"}


def test_same_name_twice_keeps_both(client, tmp_path):
    post(client, b"one", "a.png"), post(client, b"two", "a.png")
    assert sorted(p.read_bytes() for p in tmp_path.iterdir()) == [b"one", b"two"]


def test_too_large_is_413(client, tmp_path):
    # Encoded by hand: the test client would spool a large body to a file it never closes.
    big = FileStorage(io.BytesIO(b"x" * (1024 * 1024 + 1)), "big.pdf")
    boundary, body = encode_multipart({"file": big})
    response = client.post("/uploads", data=body,
                           content_type=f'multipart/form-data; boundary="{boundary}"')
    assert response.status_code == 413 and list(tmp_path.iterdir()) == []
