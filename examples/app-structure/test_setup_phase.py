import pytest
from flask import Flask

from setup_phase import create_app, reports


def test_setup_methods_fail_after_the_first_request():
    app = create_app()
    app.test_client().get("/reports")
    with pytest.raises(AssertionError, match="can no longer be called on the application"):
        app.add_url_rule("/late", "late", lambda: "late")


def test_setup_from_inside_a_view_is_a_500(caplog):
    app = create_app()
    app.test_client().get("/reports")  # the app is now serving
    response = app.test_client().get("/plugins/billing/enable")
    assert response.status_code == 500
    assert "AssertionError: The setup method 'add_url_rule'" in caplog.text


def test_blueprint_setup_after_registration_is_an_error():
    create_app()  # `reports` is now registered on an app
    with pytest.raises(AssertionError, match="already been registered at least once"):
        reports.add_url_rule("/reports/new", "new_report", lambda: "new")


def test_before_first_request_is_gone_and_setup_runs_in_the_factory():
    assert not hasattr(Flask, "before_first_request")  # removed in Flask 2.3
    assert create_app().extensions["warm_cache"]["reports"] == ["daily", "weekly"]
