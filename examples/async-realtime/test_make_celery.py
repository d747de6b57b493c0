import importlib
import os
import pathlib
import subprocess
import sys
import time

import pytest

HERE = pathlib.Path(__file__).parent


@pytest.fixture
def worker(redis_url, monkeypatch):
    """A real `celery worker` process using the test's Redis as broker and result backend."""
    monkeypatch.setenv("FLASK_CELERY__broker_url", redis_url)
    monkeypatch.setenv("FLASK_CELERY__result_backend", redis_url)
    celery = pathlib.Path(sys.executable).parent / "celery"
    proc = subprocess.Popen([celery, "-A", "make_celery", "worker", "--pool", "solo", "--loglevel", "INFO"],
                            cwd=HERE, env=os.environ.copy(), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    yield proc
    proc.terminate()  # SIGTERM: warm shutdown, finish the current task (no-op if it exited)
    proc.wait(timeout=30)
    proc.stdout.close()


def test_a_real_worker_runs_the_task_and_returns_the_result_through_redis(worker):
    make_celery = importlib.import_module("make_celery")
    client = make_celery.flask_app.test_client()

    response = client.post("/images/9/thumbnail", json={"width": 320})
    assert response.status_code == 202
    deadline = time.monotonic() + 30
    while not (status := client.get(response.headers["Location"]).json)["ready"]:
        assert time.monotonic() < deadline, "the worker did not finish the task"
        time.sleep(0.1)
    assert status["state"] == "SUCCESS"
    assert status["value"] == {"image_id": 9, "width": 320,
                               "url": "https://img.example.com/9-320.webp"}

    worker.terminate()
    output, _ = worker.communicate(timeout=30)
    assert "celery_factory.make_thumbnail" in output  # registered and run by the worker
    assert "succeeded" in output
    make_celery.celery_app.close()
