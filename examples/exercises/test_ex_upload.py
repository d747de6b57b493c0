import io
import re

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from ex_upload import create_app, extension_of

PDF, PNG, JPG = b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n....", b"\xff\xd8\xff\xe0...."
STORED = re.compile(r"[0-9a-f]{32}\.(png|jpg|pdf)")  # uuid4 hex + extension, nothing else


@pytest.fixture
def client(tmp_path):
    return create_app(tmp_path).test_client()


def post(client, content, filename):
    return client.post("/uploads", data={"file": (io.BytesIO(content), filename)})


def test_a_valid_upload_is_stored_under_a_generated_name(client, tmp_path):
    response = post(client, PDF, "cv.pdf")
    assert response.status_code == 201
    assert STORED.fullmatch(response.json["filename"]) and response.json["original"] == "cv.pdf"
    assert (tmp_path / response.json["filename"]).read_bytes() == PDF


def test_a_non_ascii_name_keeps_its_extension(client, tmp_path):
    # secure_filename("отчёт.pdf") == "pdf": checking the cleaned name rejected this file.
    response = post(client, PDF, "отчёт.pdf")
    assert response.status_code == 201 and response.json["original"] == "отчёт.pdf"
    assert response.json["filename"].endswith(".pdf")


def test_the_extension_is_compared_lower_cased(client, tmp_path):
    response = post(client, PNG, "SCAN.PNG")
    assert response.status_code == 201 and response.json["filename"].endswith(".png")


def test_missing_part_and_empty_filename(client):
    assert client.post("/uploads", data={}).json == {"error": "no 'file' part in the request"}
    response = post(client, b"", "")
    assert response.status_code == 400 and response.json == {"error": "no file selected"}


@pytest.mark.parametrize("name", ["run.sh", "x.pdf.exe", "README", ".pdf", "..", "cv.pdf."])
def test_only_the_last_extension_counts_and_it_must_be_allowed(client, tmp_path, name):
    response = post(client, PDF, name)
    assert response.status_code == 400 and response.json == {"error": "file type not allowed"}
    assert list(tmp_path.iterdir()) == []


def test_a_double_extension_ending_in_an_allowed_one_is_stored_as_that_type(client, tmp_path):
    response = post(client, PDF, "invoice.exe.pdf")
    assert response.status_code == 201 and STORED.fullmatch(response.json["filename"])


@pytest.mark.parametrize("name", ["../../etc/avatar.png", "a/b.png", "cv\x00.png", "cv\t.png",
                                  "cv\x7f.png"])
def test_path_separators_and_control_characters_are_rejected(client, tmp_path, name):
    response = post(client, PNG, name)
    assert response.status_code == 400 and response.json == {"error": "invalid file name"}
    assert list(tmp_path.iterdir()) == []


def test_a_backslash_is_a_separator_too():
    # Tested on the helper: the test client's multipart encoder drops backslashes.
    assert extension_of("..\\..\\boot.ini.png") is None
    assert extension_of("Report.JPG") == "jpg"


def test_the_content_must_match_the_extension(client, tmp_path):
    response = post(client, b"<html><script>alert(1)</script>", "cat.png")
    assert response.status_code == 400 and response.json == {"error": "content does not match .png"}
    assert post(client, PDF, "photo.jpg").status_code == 400
    assert post(client, JPG, "photo.jpg").status_code == 201


def test_same_name_twice_keeps_both(client, tmp_path):
    post(client, PNG + b"one", "a.png"), post(client, PNG + b"two", "a.png")
    assert sorted(p.read_bytes() for p in tmp_path.iterdir()) == [PNG + b"one", PNG + b"two"]


def test_too_large_is_413(client, tmp_path):
    # Encoded by hand: the test client would spool a large body to a file it never closes.
    big = FileStorage(io.BytesIO(b"x" * (1024 * 1024 + 1)), "big.pdf")
    boundary, body = encode_multipart({"file": big})
    response = client.post("/uploads", data=body,
                           content_type=f'multipart/form-data; boundary="{boundary}"')
    assert response.status_code == 413 and list(tmp_path.iterdir()) == []
