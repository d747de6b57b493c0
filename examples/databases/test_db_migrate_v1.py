import pytest

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
