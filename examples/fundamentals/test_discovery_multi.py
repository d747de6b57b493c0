import pathlib
import sys

import pytest
from click.testing import CliRunner
from flask.cli import NoAppException, ScriptInfo, cli

HERE = pathlib.Path(__file__).parent


@pytest.fixture(autouse=True)
def isolated(monkeypatch):
    monkeypatch.chdir(HERE)
    monkeypatch.setattr(sys, "path", sys.path[:])
    for name in ("FLASK_APP", "FLASK_DEBUG", "FLASK_RUN_FROM_CLI"):  # the CLI sets these
        monkeypatch.setenv(name, "")  # record the current value so pytest restores it
        monkeypatch.delenv(name)
    monkeypatch.setenv("FLASK_SKIP_DOTENV", "1")


def test_two_instances_are_ambiguous():
    with pytest.raises(NoAppException, match="multiple Flask applications"):
        ScriptInfo(app_import_path="discovery_multi").load_app()


def test_naming_the_instance_picks_it():
    app = ScriptInfo(app_import_path="discovery_multi:admin").load_app()
    assert app.test_client().get("/").text == "admin site"


def test_cli_error_matches_the_page():
    result = CliRunner().invoke(cli, ["--app", "discovery_multi", "routes"], prog_name="flask")
    assert result.exit_code == 2  # a usage error, raised before any route is listed
    assert result.stderr == (HERE / "discovery_multi_error.txt").read_text()


def test_public_site_still_works():
    from discovery_multi import public

    assert public.test_client().get("/").text == "public site"
