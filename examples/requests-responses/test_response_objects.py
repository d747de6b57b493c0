import pytest

from response_objects import app

client = app.test_client()


def test_make_response_then_change_it():
    response = client.get("/report")
    assert response.json == {"rows": 3}
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Set-Cookie"] == "last_report=monthly; HttpOnly; Path=/; SameSite=Lax"


def test_response_object_with_mimetype_and_headers():
    response = client.get("/export")
    assert response.content_type == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == "attachment; filename=users.csv"


def test_after_this_request_changes_only_this_response():
    assert client.get("/download").headers["X-Download-Counted"] == "1"
    assert "X-Download-Counted" not in client.get("/report").headers


def test_tuple_headers_replace_existing_ones():
    response = client.get("/as-text")
    assert response.content_type == "text/plain"
    assert response.text == '{"note":"not JSON any more"}\n'


def test_after_request_runs_for_errors_too():
    response = client.get("/missing")
    assert response.status_code == 404
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    response = client.get("/crash")
    assert response.status_code == 500
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_with_propagation_there_is_no_response_to_change():
    app.testing = True  # like debug mode: the exception leaves Flask, no response is built
    try:
        with pytest.raises(RuntimeError, match="unhandled"):
            client.get("/crash")
    finally:
        app.testing = False
