import os

import pytest
from sqlalchemy.pool import QueuePool

from db_setup import User, create_app, db


@pytest.fixture
def app(tmp_path):
    app = create_app(instance_path=str(tmp_path / "instance"))
    yield app
    with app.app_context():
        db.engine.dispose()


def test_relative_sqlite_path_is_inside_the_instance_folder(app, tmp_path):
    assert not os.path.exists(tmp_path / "instance" / "shop.db")
    result = app.test_cli_runner().invoke(args=["init-db"])
    assert result.output == "Created the tables.\n"
    assert os.path.exists(tmp_path / "instance" / "shop.db")


def test_add_commit_then_select(app):
    app.test_cli_runner().invoke(args=["init-db"])
    client = app.test_client()
    assert client.post("/users", data={"email": "ada@example.com"}).json == {"id": 1}
    assert client.post("/users", data={"email": "bob@example.com"}).json == {"id": 2}
    assert client.get("/users").json == {"emails": ["ada@example.com", "bob@example.com"]}


def test_engine_options_reach_create_engine(app):
    with app.app_context():
        assert isinstance(db.engine.pool, QueuePool)  # for SQLite files since SQLAlchemy 2.0
        assert db.engine.pool.size() == 10


def test_old_pool_config_keys_are_silently_ignored(tmp_path):
    # SQLALCHEMY_POOL_SIZE & co. were deprecated in 2.4 and removed in Flask-SQLAlchemy 3.0.
    app = create_app({"SQLALCHEMY_POOL_SIZE": 50, "SQLALCHEMY_ENGINE_OPTIONS": {}},
                     instance_path=str(tmp_path))
    with app.app_context():
        assert db.engine.pool.size() == 5  # SQLAlchemy's default, not 50
        db.engine.dispose()


def test_track_modifications_is_off_by_default(app):
    # Flask-SQLAlchemy 3.0 made False the default; 2.x warned when it was unset.
    assert app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] is False


def test_a_database_uri_is_required(tmp_path):
    # 3.0 removed the silent in-memory SQLite default.
    with pytest.raises(RuntimeError, match="SQLALCHEMY_DATABASE_URI"):
        create_app({"SQLALCHEMY_DATABASE_URI": None}, instance_path=str(tmp_path))


def test_the_session_needs_an_app_context(app):
    with pytest.raises(RuntimeError, match="Working outside of application context"):
        db.session.get(User, 1)
    with app.app_context():
        db.create_all()
        assert db.session.get(User, 1) is None


def test_one_sqlalchemy_instance_per_app(app):
    from flask_sqlalchemy import SQLAlchemy

    with pytest.raises(RuntimeError, match="already been registered"):
        SQLAlchemy().init_app(app)  # import and share the one `db` instead
