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


@pytest.fixture(scope="session")
def redis_server_port():
    """One Redis server on 127.0.0.1 for the whole run."""
    from tests import servers

    try:
        with servers.redis_server() as port:
            yield port
    except LookupError as error:
        pytest.skip(str(error))


@pytest.fixture
def redis_url(redis_server_port):
    """The URL of an empty Redis database on the real server (flushed before each test)."""
    import redis

    url = f"redis://127.0.0.1:{redis_server_port}/0"
    client = redis.Redis.from_url(url)
    client.flushall()
    client.close()
    return url


@pytest.fixture
def gunicorn():
    """Start Gunicorn on 127.0.0.1 for an example app: ``base = gunicorn("app:app", cwd=folder)``."""
    from tests import servers

    runner = servers.Gunicorn()
    yield runner
    runner.stop()


@pytest.fixture
def nginx_check():
    """Run `nginx -t` on a config file shown on the site: ``nginx_check(path).returncode == 0``."""
    from tests import servers

    def check(config, kind="server"):
        try:
            return servers.nginx_check(config, kind=kind)
        except LookupError as error:
            pytest.skip(str(error))
    return check
