import uuid

import modern_flask
from modern_flask import create_app, render_comment, search_url, upload_path


def test_version_from_package_metadata():
    assert modern_flask.FLASK_VERSION == "3.1.3"


def test_setup_runs_once_at_creation():
    assert create_app().extensions["tables_created"] is True


def test_json_provider_replaces_encoder_and_config():
    response = create_app().test_client().get("/report")
    # insertion order kept (sort_keys=False), ISO dates, Markup serialised via __html__
    assert response.text == '{"title":"<b>Q1</b>","due":"2026-03-31"}\n'


def test_other_types_fall_back_to_the_default_provider():
    dumped = create_app().json.dumps({"id": uuid.UUID(int=1)})  # UUID: handled by the parent
    assert dumped == '{"id": "00000000-0000-0000-0000-000000000001"}'


def test_send_file_uses_download_name():
    response = create_app().test_client().get("/report.txt")
    assert response.headers["Content-Disposition"] == "attachment; filename=report.txt"
    assert response.data == b"data"


def test_markupsafe_escape_and_markup():
    assert render_comment("<script>") == "<p>&lt;script&gt;</p>"


def test_werkzeug_safe_join():
    assert upload_path("a.txt") == "/srv/uploads/a.txt"
    assert upload_path("../etc/passwd") is None


def test_urllib_quote():
    assert search_url("flask & jinja") == "/search?q=flask%20%26%20jinja"



def test_werkzeug_3_1_limits_multipart_text_fields():
    assert create_app().config["MAX_FORM_MEMORY_SIZE"] == 500_000  # bytes; bigger fields get 413
