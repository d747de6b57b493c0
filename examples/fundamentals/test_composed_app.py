import pathlib
import shutil
import subprocess
import sys

import pytest

from composed_app import create_app


@pytest.fixture
def app():
    return create_app("sqlite://")  # in-memory database; the factory creates the table


def test_notes_round_trip(app):
    client = app.test_client()
    assert client.post("/notes", json={"text": "pick tools per project"}).status_code == 201
    assert client.get("/notes").json == [{"id": 1, "text": "pick tools per project"}]


def test_only_what_you_registered_exists(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert endpoints == {"static", "add_note", "list_notes"}  # no admin, auth or ORM views
    assert app.test_client().get("/admin/").status_code == 404


AS_PRINTED = """
from composed_app import create_app
client = create_app().test_client()  # the default file database, no test setup
print(client.post("/notes", json={"text": "hi"}).status_code, client.get("/notes").json)
"""


def test_the_app_as_printed_answers_without_the_tests_setup(tmp_path):
    shutil.copy(pathlib.Path(__file__).with_name("composed_app.py"), tmp_path)
    result = subprocess.run([sys.executable, "-W", "error", "-c", AS_PRINTED], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.stdout == "201 [{'id': 1, 'text': 'hi'}]\n", result.stderr
    assert (tmp_path / "instance" / "notes.db").is_file()  # relative to the instance folder
