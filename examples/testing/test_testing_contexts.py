import pytest
from flask import g, request

from testing_contexts import create_app, preferred_language, share_link


@pytest.fixture
def app():
    return create_app({"TESTING": True})


def test_outside_any_context_it_fails(app):
    with pytest.raises(RuntimeError, match="Working outside of application context"):
        share_link(1)


def test_app_context_with_server_name(app):
    app.config["SERVER_NAME"] = "reports.example.com"
    with app.app_context():
        assert share_link(7) == "http://reports.example.com/reports/7"


def test_request_context_supplies_host_and_headers(app):
    with app.test_request_context("/", base_url="https://intranet.test",
                                  headers={"Accept-Language": "de-CH, de;q=0.9, en;q=0.5"}):
        assert share_link(7) == "https://intranet.test/reports/7"
        assert preferred_language() == "de"
    with app.test_request_context("/", headers={"Accept-Language": "ja"}):
        assert preferred_language() == "en"         # falls back to DEFAULT_LANGUAGE


def test_with_client_keeps_the_last_request_context_for_inspection(app):
    client = app.test_client()
    with client:
        client.get("/reports/2", headers={"Accept-Language": "fr"})
        assert request.path == "/reports/2"        # still the request we sent
        assert g.language == "fr"                  # what before_request stored
    with pytest.raises(RuntimeError):
        request.path                                # popped when the block ends


def test_an_app_context_held_open_leaks_g_between_requests(app):
    client = app.test_client()
    assert [client.get("/reports/1").json["calls"] for _ in range(2)] == [1, 1]
    with app.app_context():   # Flask 3.1 reuses this context for every request inside it
        assert [client.get("/reports/1").json["calls"] for _ in range(2)] == [1, 2]


def test_cli_command_output_and_effect(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["purge-reports", "--keep", "2"])
    assert result.exit_code == 0
    assert result.output == "Purged 1 reports, kept 2.\n"
    assert sorted(app.config["REPORTS"]) == [2, 3]


def test_cli_stderr_and_usage_errors(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["purge-reports", "--keep", "0"])
    assert result.stdout == "Purged 3 reports, kept 0.\n"
    assert result.stderr == "Warning: no reports left.\n"     # separate since click 8.2
    bad = runner.invoke(args=["purge-reports", "--keep", "-1"])
    assert bad.exit_code == 2                                  # click's usage error
    assert "Invalid value for '--keep'" in bad.stderr


def test_cli_exceptions_are_captured_not_raised(app):
    app.config["REPORTS"] = None
    result = app.test_cli_runner().invoke(args=["purge-reports"])
    assert result.exit_code == 1
    assert isinstance(result.exception, TypeError)
