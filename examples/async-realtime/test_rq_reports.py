import pathlib
import subprocess
import sys

import pytest
from rq import SimpleWorker

from rq_reports import create_app

HERE = pathlib.Path(__file__).parent


@pytest.fixture
def app(redis_url):
    app = create_app(redis_url)
    yield app
    app.extensions["rq_queue"].connection.close()


def run_worker(app):
    queue = app.extensions["rq_queue"]
    SimpleWorker([queue], connection=queue.connection).work(burst=True)  # drain, then return


def test_view_answers_202_at_once_with_a_status_url(app):
    client = app.test_client()
    response = client.post("/reports/2026-05")
    assert response.status_code == 202
    job_id = response.json["job_id"]
    assert response.headers["Location"] == f"/reports/jobs/{job_id}"
    assert client.get(response.headers["Location"]).json == {"job_id": job_id, "status": "queued"}


def test_worker_runs_the_job_and_the_status_url_shows_the_result(app):
    client = app.test_client()
    location = client.post("/reports/2026-05").headers["Location"]
    run_worker(app)
    assert client.get(location).json["status"] == "finished"
    assert client.get(location).json["result"] == {"month": "2026-05", "orders": 1234}


def test_a_failing_job_is_retried_then_marked_failed(app):
    client = app.test_client()
    location = client.post("/reports/1999-13").headers["Location"]
    run_worker(app)
    assert client.get(location).json["status"] == "failed"
    job = app.extensions["rq_queue"].fetch_job(location.rsplit("/", 1)[1])
    assert job.retries_left == 0  # two retries used up
    assert "no such month" in job.latest_result().exc_string


def test_unknown_jobs_are_404(app):
    assert app.test_client().get("/reports/jobs/nope").status_code == 404


def test_the_rq_worker_command(app, redis_url):
    location = app.test_client().post("/reports/2026-06").headers["Location"]
    rq = pathlib.Path(sys.executable).parent / "rq"
    done = subprocess.run([rq, "worker", "--burst", "--url", redis_url, "reports"],
                          cwd=HERE, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Job OK" in done.stdout  # --burst: work until the queue is empty, then exit
    assert app.test_client().get(location).json["result"]["month"] == "2026-06"
