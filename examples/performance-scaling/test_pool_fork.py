import pathlib
import threading

from pool_fork import backend_pid, create_app, db

HERE = pathlib.Path(__file__).parent


def test_pool_status_shows_connections_returned_after_each_request(postgres_url):
    app = create_app(postgres_url)
    client = app.test_client()
    client.get("/")
    assert client.get("/pool").json == {"size": 5, "checked_out": 0, "idle": 1, "overflow": -4}
    with app.app_context():
        db.engine.dispose()


def test_a_held_connection_shows_up_as_checked_out(postgres_url):
    app = create_app(postgres_url)
    holding, release = threading.Event(), threading.Event()

    def long_transaction():
        with app.app_context():
            backend_pid()  # checks a connection out and keeps it until the session ends
            holding.set()
            release.wait(10)

    worker = threading.Thread(target=long_transaction)
    worker.start()
    try:
        holding.wait(10)
        assert app.test_client().get("/pool").json == {
            "size": 5, "checked_out": 1, "idle": 0, "overflow": -4}  # the thread holds it
    finally:
        release.set()
        worker.join()
    with app.app_context():
        db.engine.dispose()


def test_preload_without_the_hook_hands_the_masters_connection_to_the_worker(postgres_url, gunicorn):
    import json
    import urllib.request

    base = gunicorn("pool_fork:create_app()", cwd=HERE, args=("--preload", "--workers", "1"),
                    env={"DATABASE_URL": postgres_url})
    with urllib.request.urlopen(base + "/") as response:
        body = json.load(response)
    assert body["backend"] == body["startup_backend"]  # the same server connection as the master
