import pytest
from click.testing import CliRunner

from cli_manage import cli, create_app


@pytest.fixture(autouse=True)
def restore_environment(monkeypatch):
    monkeypatch.setenv("FLASK_RUN_FROM_CLI", "false")  # FlaskGroup sets it; undo afterwards
    monkeypatch.delenv("APP_CONFIG", raising=False)


def test_app_cli_commands_get_an_app_context():
    runner = create_app("testing").test_cli_runner()
    assert runner.invoke(args=["init-db"]).output == "created test.db\n"
    assert runner.invoke(args=["init-db", "--drop"]).output == "recreated test.db\n"


def test_command_groups():
    app = create_app()
    result = app.test_cli_runner().invoke(args=["user", "create", "ada"])
    assert result.output == "created ada in development\n"
    assert app.extensions["users"] == ["ada"]


def test_custom_script_builds_the_app_from_its_factory(monkeypatch):
    monkeypatch.setenv("APP_CONFIG", "testing")
    result = CliRunner().invoke(cli, ["user", "create", "bo"])
    assert result.output == "created bo in testing\n"
    assert CliRunner().invoke(cli, ["show-db"]).output == "test.db\n"


def test_flask_group_adds_the_builtin_commands():
    result = CliRunner().invoke(cli, ["routes"])
    assert result.exit_code == 0
    assert "static" in result.output
    assert {"run", "shell", "routes"} <= set(cli.commands)


def test_shell_context():
    names = create_app("testing").make_shell_context()
    assert set(names) == {"app", "g", "users", "config_name"}
    assert names["config_name"] == "testing"


def test_app_option_can_call_the_factory_with_arguments(monkeypatch):
    # What `flask --app 'cli_manage:create_app("testing")' init-db` does to find the app.
    import pathlib
    import sys

    from flask.cli import ScriptInfo

    monkeypatch.chdir(pathlib.Path(__file__).parent)
    monkeypatch.setattr(sys, "path", sys.path[:])
    app = ScriptInfo(app_import_path='cli_manage:create_app("testing")').load_app()
    assert app.config["CONFIG_NAME"] == "testing"
