import ast
import pathlib
import warnings

import flask_migrate
import pytest
from flask import current_app

from db_migrate_v1 import create_app, db


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    app = create_app()
    yield app
    with app.app_context():
        db.engine.dispose()


def test_migrate_adds_the_db_command_group_with_4x_defaults(app):
    assert app.extensions["migrate"].configure_args == {"compare_type": True,
                                                        "render_as_batch": True}
    result = app.test_cli_runner().invoke(args=["db", "--help"])
    commands = result.output.split("Commands:")[1].split()
    for command in ("init", "migrate", "upgrade", "downgrade", "current", "history", "check"):
        assert command in commands


def env_py_functions(*names):
    """Functions from the env.py template that `flask db init` copies, run on their own."""
    template = pathlib.Path(flask_migrate.__file__).parent / "templates" / "flask" / "env.py"
    tree = ast.parse(template.read_text())
    functions = [node for node in tree.body
                 if isinstance(node, ast.FunctionDef) and node.name in names]
    namespace = {"current_app": current_app}
    exec(compile(ast.Module(functions, type_ignores=[]), str(template), "exec"), namespace)
    return [namespace[name] for name in names]


def test_env_py_gets_the_apps_engine_through_the_deprecated_get_engine(app):
    get_engine, get_engine_url = env_py_functions("get_engine", "get_engine_url")
    with app.app_context():
        with pytest.warns(DeprecationWarning, match="'get_engine' is deprecated"):
            assert get_engine() is db.engine  # the first branch works in 3.1: no fallback
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # python -W error -m flask db upgrade
            with pytest.raises(DeprecationWarning):  # not caught by its except clause
                get_engine()
        with pytest.warns(DeprecationWarning):
            assert get_engine_url() == "sqlite://"  # the URL goes into Alembic's config
