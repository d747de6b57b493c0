import time

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError, TimeoutError as PoolTimeout

from db_pool import create_app, db


@pytest.fixture
def make_app(postgres_url):
    apps = []

    def make(**engine_options):
        app = create_app(postgres_url, **engine_options)
        app.config["PROPAGATE_EXCEPTIONS"] = True  # let the test see the real exception
        apps.append(app)
        return app

    yield make
    for app in apps:
        with app.app_context():
            db.engine.dispose()


@pytest.fixture
def terminate(postgres_url):
    """Kill a server process as a DBA, a failover or an idle timeout would."""
    admin = sa.create_engine(postgres_url, poolclass=sa.NullPool)

    def kill(pid):
        with admin.connect() as conn:
            assert conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()

    yield kill
    admin.dispose()


def test_connections_are_reused_across_requests(make_app):
    client = make_app().test_client()
    assert client.get("/backend").json == client.get("/backend").json  # same server process


def test_without_pre_ping_a_dropped_connection_fails_one_request(make_app, terminate):
    client = make_app(pool_pre_ping=False).test_client()
    pid = client.get("/backend").json["pid"]
    terminate(pid)
    with pytest.raises(OperationalError, match="terminating connection due to administrator"):
        client.get("/backend")  # the pooled connection was dead: this request gets a 500
    assert client.get("/backend").json["pid"] != pid  # the pool was invalidated, next one is fine


def test_pre_ping_replaces_a_dropped_connection_transparently(make_app, terminate):
    client = make_app().test_client()
    pid = client.get("/backend").json["pid"]
    terminate(pid)
    assert client.get("/backend").json["pid"] != pid  # pinged, found dead, reconnected


def test_pool_recycle_replaces_old_connections(make_app):
    client = make_app(pool_recycle=1).test_client()
    pid = client.get("/backend").json["pid"]
    time.sleep(1.1)
    assert client.get("/backend").json["pid"] != pid


def test_an_exhausted_pool_raises_after_pool_timeout(make_app):
    app = make_app(pool_size=1, max_overflow=0, pool_timeout=0.2)
    with app.app_context():
        held = db.engine.connect()  # e.g. a slow request, or a leaked connection
    with pytest.raises(PoolTimeout, match="QueuePool limit of size 1 overflow 0 reached"):
        app.test_client().get("/backend")
    held.close()
    assert app.test_client().get("/backend").status_code == 200
