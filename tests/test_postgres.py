"""The PostgreSQL fixture really starts a server on 127.0.0.1, and each test gets its own database."""
from __future__ import annotations

import sqlalchemy as sa


def test_postgres_fixture_gives_a_fresh_database_on_loopback(postgres_url):
    assert "@127.0.0.1:" in postgres_url
    engine = sa.create_engine(postgres_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
        version = conn.execute(sa.text("SHOW server_version")).scalar()
        conn.execute(sa.text("CREATE TABLE marker (id int)"))
        conn.commit()
    engine.dispose()
    assert int(version.split(".")[0]) >= 13


def test_each_test_gets_another_database(postgres_url):
    engine = sa.create_engine(postgres_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT to_regclass('marker')")).scalar() is None
    engine.dispose()
