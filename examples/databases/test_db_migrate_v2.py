import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import db_migrate_v1
from db_migrate_v2 import create_app, db


def test_autogenerate_sees_a_rename_as_add_plus_drop():
    engine = sa.create_engine("sqlite://")
    with engine.connect() as conn:
        db_migrate_v1.db.metadata.create_all(conn)  # the database is at version 1
        diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
    engine.dispose()
    assert [(op, column.name) for op, _schema, _table, column in diff] == [
        ("add_column", "full_name"), ("add_column", "email"), ("remove_column", "name")]


def test_create_app(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    app = create_app()
    assert "db" in app.cli.commands
    with app.app_context():
        db.engine.dispose()


def test_autogenerate_misses_check_constraints_and_server_defaults():
    before, after = sa.MetaData(), sa.MetaData()
    sa.Table("item", before, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("qty", sa.Integer, server_default="0"))
    sa.Table("item", after, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("qty", sa.Integer, server_default="1"),  # changed default
             sa.CheckConstraint("qty >= 0", name="qty_not_negative"))  # new constraint
    engine = sa.create_engine("sqlite://")
    with engine.connect() as conn:
        before.create_all(conn)
        diff = compare_metadata(MigrationContext.configure(conn), after)
    engine.dispose()
    assert diff == []  # neither change is detected: write these migrations by hand
