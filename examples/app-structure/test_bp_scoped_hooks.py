import pytest

from bp_scoped_hooks import app, calls

client = app.test_client()


@pytest.fixture(autouse=True)
def clear_calls():
    calls.clear()


def test_blueprint_before_request_runs_only_for_its_views():
    client.get("/api/items/1")
    assert calls == ["api.before_app_request", "api.before_request"]
    calls.clear()
    client.get("/old-page")
    assert calls == ["api.before_app_request"]


def test_blueprint_404_handler_catches_abort_inside_its_views():
    response = client.get("/api/items/500")
    assert response.json["handled_by"] == "api.errorhandler"


def test_unmatched_url_under_the_prefix_reaches_only_app_handlers():
    response = client.get("/api/typo")
    assert response.status_code == 404
    assert response.json["handled_by"] == "app.errorhandler"
    assert calls == ["api.before_app_request"]  # the blueprint's own hook did not run


def test_html_404_for_other_urls():
    assert client.get("/nope").text == "<h1>Page not found</h1>"


def test_app_errorhandler_on_a_blueprint_is_app_wide():
    assert client.get("/old-page").json["handled_by"] == "api.app_errorhandler"
