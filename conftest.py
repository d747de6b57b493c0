"""Fixtures shared by the examples and the site tests: a real PostgreSQL server (tests/postgres.py)."""
from __future__ import annotations

import itertools

import pytest

from tests import postgres

_names = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server():
    """One PostgreSQL server on 127.0.0.1 for the whole run."""
    try:
        server = postgres.start()
    except LookupError as error:
        pytest.skip(str(error))
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server):
    """A SQLAlchemy URL of a fresh, empty database on the real server; dropped after the test."""
    import sqlalchemy as sa

    name = f"example_{next(_names)}"
    admin = sa.create_engine(postgres_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield postgres_server.url(name)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()
