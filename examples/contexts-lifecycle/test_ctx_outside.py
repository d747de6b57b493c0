import pytest

from ctx_outside import create_app, send_report, send_report_broken, send_report_explicit


def test_proxy_without_context_raises():
    with pytest.raises(RuntimeError, match="Working outside of application context"):
        send_report_broken()


def test_pushing_an_app_context_fixes_it():
    assert send_report(create_app()) == "sending to ['ops@example.com']"


def test_passing_the_app_explicitly_needs_no_context():
    assert send_report_explicit(create_app()) == "sending to ['ops@example.com']"


def test_the_broken_function_works_when_called_inside_a_context():
    app = create_app()
    with app.app_context():
        assert send_report_broken() == "sending to ['ops@example.com']"


def test_the_flask_command_pushes_the_context_for_you():
    app = create_app()

    @app.cli.command("report")
    def report():
        print(send_report_broken())  # no `with` needed inside app.cli commands

    result = app.test_cli_runner().invoke(args=["report"])
    assert result.output == "sending to ['ops@example.com']\n"
