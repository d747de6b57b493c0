import io
import os

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from forms_uploads import create_app

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
PDF = b"%PDF-1.7\n" + b"0" * 100


@pytest.fixture
def client(tmp_path):
    return create_app(str(tmp_path)).test_client()


def upload(client, content, name, field="document"):
    return client.post("/documents", data={field: (io.BytesIO(content), name)})


def test_an_allowed_file_is_stored_under_a_generated_name(client, tmp_path):
    response = upload(client, PNG, "holiday photo.PNG")
    assert response.status_code == 201
    assert response.json["type"] == "png" and response.json["name"] == "holiday photo.PNG"
    assert os.listdir(tmp_path) == [response.json["id"]]
    assert (tmp_path / response.json["id"]).read_bytes() == PNG


def test_a_missing_file_or_no_file_chosen_is_a_400(client):
    assert upload(client, PNG, "a.png", field="other").status_code == 400
    assert upload(client, b"", "").status_code == 400  # what a browser sends for "no file"


@pytest.mark.parametrize(("content", "name"), [
    (b"MZ\x90\x00 a Windows program", "invoice.pdf"),  # the extension lies
    (b"<svg onload=alert(1)>", "logo.png"),
    (PNG, "image.pdf"),  # real PNG, but claims to be a PDF
    (PDF, "notes.txt"),  # real PDF, extension not allowed
])
def test_the_content_must_match_an_allowed_type(client, tmp_path, content, name):
    response = upload(client, content, name)
    assert response.status_code == 415
    assert os.listdir(tmp_path) == []


def test_a_body_over_max_content_length_is_a_413(client, tmp_path):
    # Encoded in memory: the test client's own encoder spools large bodies to an unclosed file.
    big = FileStorage(io.BytesIO(PDF + b"0" * (5 * 1024 * 1024)), "big.pdf")
    boundary, body = encode_multipart({"document": big})
    response = client.post("/documents", data=body,
                           content_type=f'multipart/form-data; boundary="{boundary}"')
    assert response.status_code == 413
    assert response.json == {"error": "The file is larger than 5 MB."}
    assert os.listdir(tmp_path) == []
