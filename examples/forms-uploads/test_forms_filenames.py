import io
import os

import pytest
from werkzeug.utils import secure_filename

from forms_filenames import create_app


@pytest.mark.parametrize(("sent", "result"), [
    ("../../etc/passwd", "etc_passwd"),  # separators become "_", leading "._" stripped
    ("My Report 2024.pdf", "My_Report_2024.pdf"),  # whitespace becomes "_"
    ("résumé.pdf", "resume.pdf"),  # accents decomposed to ASCII
    ("отчёт.pdf", "pdf"),  # Cyrillic dropped: the extension lost its dot
    ("../", ""),  # nothing left: an empty string
    (".bashrc", "bashrc"),  # no hidden files
    ("shell.php", "shell.php"),  # no opinion about extensions
    ("invoice.pdf.exe", "invoice.pdf.exe"),
    ("CON.txt", "CON.txt"),  # device names are only prefixed on Windows
])
def test_what_secure_filename_returns(sent, result):
    assert secure_filename(sent) == result


def post(client, url, name, content):
    return client.post(url, data={"report": (io.BytesIO(content), name)})


def test_kept_names_let_one_user_overwrite_another_users_file(tmp_path):
    client = create_app(str(tmp_path)).test_client()
    assert post(client, "/unsafe/reports", "report.pdf", b"alice's data").status_code == 201
    assert post(client, "/unsafe/reports", "report.pdf", b"mallory's data").status_code == 201
    assert (tmp_path / "report.pdf").read_bytes() == b"mallory's data"  # Alice's file is gone
    assert post(client, "/unsafe/reports", "../", b"x").status_code == 400


def test_generated_names_are_unique_and_keep_an_allowed_extension(tmp_path):
    client = create_app(str(tmp_path)).test_client()
    first = post(client, "/reports", "report.pdf", b"alice's data").json
    second = post(client, "/reports", "report.pdf", b"mallory's data").json
    assert first["stored_as"] != second["stored_as"]
    assert first["original"] == second["original"] == "report.pdf"
    assert sorted(os.listdir(tmp_path)) == sorted([first["stored_as"], second["stored_as"]])
    assert (tmp_path / first["stored_as"]).read_bytes() == b"alice's data"


def test_a_non_ascii_name_keeps_its_extension_and_original_name(tmp_path):
    client = create_app(str(tmp_path)).test_client()
    response = post(client, "/reports", "отчёт.PDF", b"data")
    assert response.status_code == 201
    assert response.json["stored_as"].endswith(".pdf")
    assert response.json["original"] == "отчёт.PDF"


@pytest.mark.parametrize("name", ["shell.php", "photo.png.php", "../", "README"])
def test_names_without_an_allowed_extension_are_rejected(tmp_path, name):
    client = create_app(str(tmp_path)).test_client()
    assert post(client, "/reports", name, b"data").status_code == 400
    assert os.listdir(tmp_path) == []
