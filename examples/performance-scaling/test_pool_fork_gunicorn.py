import json
import pathlib
import types
import urllib.request

import pool_fork_gunicorn
from pool_fork import create_app, db

HERE = pathlib.Path(__file__).parent


def test_each_worker_opens_its_own_connections(postgres_url, gunicorn):
    base = gunicorn("pool_fork:create_app()", cwd=HERE, config=HERE / "pool_fork_gunicorn.py",
                    args=("--workers", "1"), env={"DATABASE_URL": postgres_url})
    with urllib.request.urlopen(base + "/") as response:
        body = json.load(response)
    assert body["backend"] != body["startup_backend"]
    output = gunicorn.output()
    assert "Booting worker" in output


def test_post_fork_empties_the_inherited_pool(postgres_url):
    app = create_app(postgres_url)
    server = types.SimpleNamespace(app=types.SimpleNamespace(wsgi=lambda: app))
    with app.app_context():
        inherited = db.engine.pool
        assert inherited.checkedin() == 1  # the connection opened at import time
        pool_fork_gunicorn.post_fork(server, worker=None)
        assert db.engine.pool is not inherited
        assert db.engine.pool.checkedin() == 0  # a new, empty pool
        inherited.dispose()  # no fork here: this process still owns that socket, so close it
        db.engine.dispose()


def test_settings():
    assert pool_fork_gunicorn.preload_app is True
    assert pool_fork_gunicorn.workers == 2
