import os

import pytest
from flask import Flask, url_for

from cache_busting import create_app


@pytest.fixture
def static_dir(tmp_path):
    (tmp_path / "app.css").write_text("body { color: black; }\n")
    return tmp_path


def test_default_is_no_cache_with_revalidation():
    assert Flask(__name__).config["SEND_FILE_MAX_AGE_DEFAULT"] is None  # 12 hours before 2.0


def test_url_for_adds_a_content_hash(static_dir):
    app = create_app(str(static_dir))
    with app.test_request_context():
        url = url_for("static", filename="app.css")
        assert url.startswith("/static/app.css?v=") and len(url) == len("/static/app.css?v=") + 12
        assert url_for("static", filename="missing.css") == "/static/missing.css"


def test_versioned_url_is_cached_for_a_year(static_dir):
    app = create_app(str(static_dir))
    client = app.test_client()
    with app.test_request_context():
        url = url_for("static", filename="app.css")
    with client.get(url) as response:
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    with client.get("/static/app.css") as response:  # no version: revalidate
        assert response.headers["Cache-Control"] == "no-cache"
    with client.get("/static/app.css?v=stale") as response:  # an old hash
        assert response.headers["Cache-Control"] == "no-cache"


def test_changing_the_file_changes_the_url(static_dir):
    app = create_app(str(static_dir))
    with app.test_request_context():
        before = url_for("static", filename="app.css")
    css = static_dir / "app.css"
    css.write_text("body { color: navy; }\n")
    os.utime(css, ns=(0, css.stat().st_mtime_ns + 1_000_000))  # make sure mtime moves
    with app.test_request_context():
        assert url_for("static", filename="app.css") != before


def test_a_global_max_age_without_busting_serves_stale_files(static_dir):
    app = create_app(str(static_dir))
    app.config["SEND_FILE_MAX_AGE_DEFAULT"] = 3600  # the old "just cache it" advice
    with app.test_client().get("/static/app.css") as response:
        assert response.headers["Cache-Control"] == "public, max-age=3600"
        # Browsers now reuse this copy for an hour, even if you deploy a fix.


def test_max_age_hook_is_called_again_with_the_full_path(static_dir):
    calls = []

    class Recording(Flask):
        def get_send_file_max_age(self, filename):
            calls.append(filename)
            return None

    app = Recording(__name__, static_folder=str(static_dir), static_url_path="/static")
    with app.test_client().get("/static/app.css"):
        pass
    # send_static_file asks with the URL's filename; send_file asks again with the path.
    assert calls == ["app.css", str(static_dir / "app.css")]
