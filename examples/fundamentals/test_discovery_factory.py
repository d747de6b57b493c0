import os
import pathlib
import shutil
import subprocess
import sys

import pytest
from flask.cli import NoAppException, ScriptInfo

HERE = pathlib.Path(__file__).parent


@pytest.fixture(autouse=True)
def isolated(monkeypatch):
    monkeypatch.chdir(HERE)  # --app paths are resolved from the current directory
    monkeypatch.setattr(sys, "path", sys.path[:])  # the loader prepends to sys.path
    monkeypatch.delenv("FLASK_DEBUG", raising=False)


def load(import_string):
    """What `flask --app <import_string> ...` does before running a command."""
    return ScriptInfo(app_import_path=import_string).load_app()


def test_factory_found_by_name_and_called_without_arguments():
    assert load("discovery_factory").config["CONFIG_NAME"] == "production"


def test_factory_builds_a_working_app():
    app = load("discovery_factory:create_app('dev')")
    assert app.test_client().get("/").text == "running with the dev config"
    assert app.test_cli_runner().invoke(args=["config-name"]).output == "dev\n"


def test_factory_called_with_literal_arguments():
    assert load("discovery_factory:create_app('staging')").config["CONFIG_NAME"] == "staging"
    assert load("discovery_factory:create_app(config_name='qa')").config["CONFIG_NAME"] == "qa"


def test_arguments_must_be_python_literals():
    with pytest.raises(NoAppException, match="literal values"):
        load("discovery_factory:create_app(os.environ['CONFIG'])")


def test_a_file_path_works_too():
    app = load(str(HERE / "discovery_factory.py") + ":create_app")
    assert app.import_name == "discovery_factory"


def flask_cmd(*args, cwd, **env_overrides):
    """Run the real `flask` command in `cwd`; an override of None unsets that variable."""
    env = {k: v for k, v in {**os.environ, **env_overrides}.items() if v is not None}
    return subprocess.run([sys.executable, "-m", "flask", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=30)


def test_without_app_option_wsgi_py_is_tried_before_app_py(tmp_path):
    shutil.copy(HERE / "discovery_factory.py", tmp_path / "wsgi.py")
    shutil.copy(HERE / "hello.py", tmp_path / "app.py")
    result = flask_cmd("config-name", cwd=tmp_path, FLASK_APP=None, FLASK_SKIP_DOTENV="1")
    assert result.stdout == "production\n", result.stderr  # wsgi.py's factory, not app.py


def test_flaskenv_sets_flask_app_and_real_env_vars_win(tmp_path):
    shutil.copy(HERE / "discovery_factory.py", tmp_path)
    shutil.copy(HERE / "discovery.flaskenv", tmp_path / ".flaskenv")

    from_file = flask_cmd("config-name", cwd=tmp_path, FLASK_APP=None)
    assert from_file.stdout == "development\n", from_file.stderr

    from_env = flask_cmd("config-name", cwd=tmp_path,
                         FLASK_APP="discovery_factory:create_app('staging')")
    assert from_env.stdout == "staging\n", from_env.stderr

    from_option = flask_cmd("--app", "discovery_factory:create_app('cli')", "config-name",
                            cwd=tmp_path, FLASK_APP="discovery_factory:create_app('staging')")
    assert from_option.stdout == "cli\n", from_option.stderr
