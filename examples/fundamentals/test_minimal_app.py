import os
import pathlib
import runpy

import pytest
import werkzeug.serving

from minimal_app import app

HERE = pathlib.Path(__file__).parent


def test_import_name_sets_the_root_path():
    assert app.import_name == "minimal_app"
    assert app.root_path == str(HERE)
    # templates/ and static/ are looked up relative to root_path
    assert app.jinja_loader.searchpath == [os.path.join(str(HERE), "templates")]
    assert app.static_folder == os.path.join(str(HERE), "static")
    assert app.static_url_path == "/static"


def test_str_becomes_html_response():
    response = app.test_client().get("/")
    assert response.status_code == 200
    assert response.content_type == "text/html; charset=utf-8"
    assert response.text == "Hello, World!"


def test_dict_becomes_json():
    response = app.test_client().get("/api/status")
    assert response.is_json
    assert response.get_json() == {"status": "ok"}


def test_tuple_sets_status_and_headers():
    response = app.test_client().post("/items")
    assert response.status_code == 201
    assert response.headers["Location"] == "/items/1"
    assert response.get_json() == {"id": 1}


def test_response_object_is_used_as_is():
    response = app.test_client().get("/robots.txt")
    assert response.mimetype == "text/plain"
    assert response.text.startswith("User-agent: *")


def test_returning_none_is_an_error(monkeypatch):
    monkeypatch.setattr(app, "testing", True)  # let the exception reach the test
    with pytest.raises(TypeError, match="did not return a valid response"):
        app.test_client().get("/oops")


def test_returning_none_is_a_500_for_the_client():
    assert app.test_client().get("/oops").status_code == 500


def test_running_the_file_starts_the_dev_server(monkeypatch):
    calls = []
    monkeypatch.setattr(werkzeug.serving, "run_simple", lambda *a, **kw: calls.append((a, kw)))
    monkeypatch.setenv("FLASK_SKIP_DOTENV", "1")
    monkeypatch.delenv("FLASK_RUN_FROM_CLI", raising=False)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)

    runpy.run_path(str(HERE / "minimal_app.py"), run_name="__main__")  # python minimal_app.py

    (host, port, wsgi_app), options = calls[0]
    assert (host, port) == ("127.0.0.1", 5000)
    assert wsgi_app.import_name == "__main__"  # a second app object, not minimal_app.app
    assert options["use_debugger"] and options["use_reloader"]
