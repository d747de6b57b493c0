import io
import os

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from forms_upload_wtf import create_app

PDF = b"%PDF-1.7\n" + b"0" * 100


@pytest.fixture
def client(tmp_path):
    return create_app(str(tmp_path), WTF_CSRF_ENABLED=False).test_client()


def send(client, content, name, title="Invoice"):
    # Encoded in memory: the test client's own encoder spools large bodies to an unclosed file.
    boundary, body = encode_multipart({"title": title,
                                       "document": FileStorage(io.BytesIO(content), name)})
    return client.post("/documents/new", data=body,
                       content_type=f'multipart/form-data; boundary="{boundary}"')


def test_the_form_is_multipart():
    page = create_app("unused").test_client().get("/documents/new").text
    assert 'enctype="multipart/form-data"' in page
    assert 'type="file"' in page and 'accept=".pdf,.png,.jpg,.jpeg"' in page
    assert 'name="csrf_token"' in page


def test_a_valid_upload_is_saved(client, tmp_path):
    response = send(client, PDF, "march.pdf")
    assert response.status_code == 303
    [stored] = os.listdir(tmp_path)
    assert stored.endswith(".pdf") and (tmp_path / stored).read_bytes() == PDF


@pytest.mark.parametrize(("content", "name", "error"), [
    (b"", "", "This field is required."),
    (PDF, "march.exe", "PDF or image files only."),
    (b"<html><script>alert(1)</script>", "march.pdf", "The file content is not a PDF"),
    (PDF + b"0" * (2 * 1024 * 1024), "big.pdf", "File must be between 0 and 2097152 bytes."),
])
def test_file_validators(client, tmp_path, content, name, error):
    response = send(client, content, name)
    assert response.status_code == 422
    assert error in response.text
    assert os.listdir(tmp_path) == []


def test_without_multipart_only_the_file_name_arrives(client):
    response = client.post("/documents/new", data={"title": "x", "document": "march.pdf"},
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 422
    assert "This field is required." in response.text  # request.files was empty
