import os
import pathlib
import shutil
import sqlite3
import subprocess
import sys

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.operations import Operations

import db_migrate_0002_rename
import db_migrate_v1
import db_migrate_v2

HERE = pathlib.Path(__file__).parent


def flask(cwd, app, *args, database="shop.db", check=True):
    """Run `flask --app <app> db ...` in a new process, as you would in a shell."""
    env = {**os.environ, "PYTHONPATH": str(HERE), "DATABASE_URL": f"sqlite:///{cwd / database}"}
    result = subprocess.run([sys.executable, "-m", "flask", "--app", app, "db", *args],
                            cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def query(path, sql):
    with sqlite3.connect(path) as conn:
        rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


def upgrade_body(script):
    text = script.read_text()
    return text[text.index("def upgrade"):text.index("def downgrade")].strip() + "\n"


def test_flask_migrate_workflow(tmp_path):
    flask(tmp_path, "db_migrate_v1", "init")  # once per project: creates migrations/
    assert (tmp_path / "migrations" / "env.py").exists()

    flask(tmp_path, "db_migrate_v1", "migrate", "-m", "create customer", "--rev-id", "0001")
    [first] = (tmp_path / "migrations" / "versions").glob("0001_*.py")
    assert "op.create_table('customer'" in first.read_text()
    tables = "SELECT name FROM sqlite_master WHERE type = 'table'"
    assert query(tmp_path / "shop.db", tables) == [("alembic_version",)]  # not applied yet

    flask(tmp_path, "db_migrate_v1", "upgrade")  # applies everything up to "head"
    assert query(tmp_path / "shop.db", "SELECT version_num FROM alembic_version") == [("0001",)]
    query(tmp_path / "shop.db", "INSERT INTO customer (name) VALUES ('Ada Lovelace')")

    # The models change (db_migrate_v2): a rename, as autogenerate sees it.
    flask(tmp_path, "db_migrate_v2", "migrate", "-m", "rename name", "--rev-id", "0002")
    [second] = (tmp_path / "migrations" / "versions").glob("0002_*.py")
    assert upgrade_body(second) == (HERE / "db_migrate_autogen.txt").read_text()

    # As generated, it passes on an empty database (CI, a new developer)...
    flask(tmp_path, "db_migrate_v2", "upgrade", database="empty.db")
    # ...and fails on one with rows, leaving SQLite's half-done batch table behind.
    shutil.copy(tmp_path / "shop.db", tmp_path / "copy.db")
    failed = flask(tmp_path, "db_migrate_v2", "upgrade", database="copy.db", check=False)
    assert failed.returncode == 1
    assert "NOT NULL constraint failed: _alembic_tmp_customer.full_name" in failed.stderr
    assert query(tmp_path / "copy.db", tables)[-1] == ("_alembic_tmp_customer",)

    # Reviewed and edited by hand: a real rename keeps the data.
    shutil.copy(HERE / "db_migrate_0002_rename.py", second)
    flask(tmp_path, "db_migrate_v2", "upgrade")
    assert query(tmp_path / "shop.db", "SELECT full_name, email FROM customer") == [
        ("Ada Lovelace", None)]
    assert flask(tmp_path, "db_migrate_v2", "check").returncode == 0  # models == database

    flask(tmp_path, "db_migrate_v2", "downgrade")  # one step back: to 0001
    assert query(tmp_path / "shop.db", "SELECT name FROM customer") == [("Ada Lovelace",)]


def test_a_migration_can_be_tested_without_the_cli():
    engine = sa.create_engine("sqlite://")
    with engine.begin() as conn:
        db_migrate_v1.db.metadata.create_all(conn)  # the schema before the migration
        conn.execute(sa.text("INSERT INTO customer (name) VALUES ('Ada Lovelace')"))
        context = MigrationContext.configure(conn)
        with Operations.context(context):
            db_migrate_0002_rename.upgrade()
        assert compare_metadata(context, db_migrate_v2.db.metadata) == []  # schema == models
        assert conn.execute(sa.text("SELECT full_name FROM customer")).all() == [("Ada Lovelace",)]
        with Operations.context(context):
            db_migrate_0002_rename.downgrade()
        assert compare_metadata(context, db_migrate_v1.db.metadata) == []
    engine.dispose()
