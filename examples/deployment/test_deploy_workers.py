"""Real Gunicorn, configured by gunicorn_conf.py, serving deploy_workers.py. Environment
variables switch the worker type, timeout and recycling, as they would in production."""
import concurrent.futures
import json
import os
import pathlib
import signal
import time
import urllib.error
import urllib.request

import pytest

from deploy_workers import app

HERE = pathlib.Path(__file__).parent
CONF = HERE / "gunicorn_conf.py"
SYNC = {"GUNICORN_WORKER_CLASS": "sync", "GUNICORN_THREADS": "1"}


def serve(gunicorn, **env):
    return gunicorn("deploy_workers:app", cwd=HERE, config=CONF,
                    env={"WEB_CONCURRENCY": "1", **env})


def get(url):
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.load(response)


def two_at_once(base, seconds):
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        results = list(pool.map(get, [f"{base}/work?seconds={seconds}"] * 2))
    return results, time.monotonic() - started


def logged(gunicorn):
    """Stop Gunicorn; its output is one JSON object per line (gunicorn_conf.py's logging)."""
    return [json.loads(line) for line in gunicorn.output().splitlines()]


def test_the_demo_view_in_process():
    response = app.test_client().get("/work?seconds=0.01")
    assert response.get_json() == {"pid": os.getpid(), "at_once": 1}


def test_a_sync_worker_serves_one_request_at_a_time(gunicorn):
    base = serve(gunicorn, **SYNC)
    results, elapsed = two_at_once(base, 1)
    assert [r["at_once"] for r in results] == [1, 1]
    assert elapsed >= 2                     # the second request queued behind the first
    assert "Using worker: sync" in [line["message"] for line in logged(gunicorn)]


def test_a_gthread_worker_overlaps_requests_in_one_process(gunicorn):
    base = serve(gunicorn)                  # the config's default: gthread, 4 threads
    results, _ = two_at_once(base, 1)
    assert sorted(r["at_once"] for r in results) == [1, 2]
    assert results[0]["pid"] == results[1]["pid"]


def test_threads_above_one_silently_switch_sync_to_gthread(gunicorn):
    serve(gunicorn, GUNICORN_WORKER_CLASS="sync", GUNICORN_THREADS="4")
    assert "Using worker: gthread" in [line["message"] for line in logged(gunicorn)]


def test_a_sync_worker_busy_past_the_timeout_is_killed(gunicorn):
    base = serve(gunicorn, GUNICORN_TIMEOUT="1", **SYNC)
    first_pid = get(base + "/work")["pid"]
    with pytest.raises(urllib.error.HTTPError) as error:
        get(base + "/work?seconds=5")
    assert error.value.code == 500          # the client gets an error, not its answer
    error.value.close()
    assert get(base + "/work")["pid"] != first_pid      # a new worker took over
    lines = logged(gunicorn)
    assert {"level": "CRITICAL", "message": f"WORKER TIMEOUT (pid:{first_pid})"}.items() <= \
        next(line for line in lines if line["level"] == "CRITICAL").items()


def test_the_timeout_does_not_limit_a_request_on_a_gthread_worker(gunicorn):
    # The worker's main loop wakes at least once a second to report to the master, so a
    # 1-second timeout would race that wake-up on a busy machine; 2 s leaves a margin.
    base = serve(gunicorn, GUNICORN_TIMEOUT="2")
    assert get(base + "/work?seconds=4")["at_once"] == 1      # 4 s, still answered
    assert not [line for line in logged(gunicorn) if "WORKER TIMEOUT" in line["message"]]


def test_max_requests_recycles_workers(gunicorn):
    base = serve(gunicorn, GUNICORN_MAX_REQUESTS="3", GUNICORN_MAX_REQUESTS_JITTER="0")
    pids = [get(base + "/work")["pid"] for _ in range(6)]
    assert len(set(pids)) >= 2
    messages = [line["message"] for line in logged(gunicorn)]
    assert "Autorestarting worker after current request." in messages


def test_sigterm_lets_a_running_request_finish(gunicorn):
    base = serve(gunicorn)
    master = gunicorn.procs[-1]
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pending = pool.submit(get, base + "/work?seconds=3")
        time.sleep(1)                       # the request is now running in a worker
        master.send_signal(signal.SIGTERM)  # what docker stop and Kubernetes send
        assert pending.result()["at_once"] == 1
    assert master.wait(timeout=30) == 0
    messages = [line["message"] for line in logged(gunicorn)]
    assert messages.index("Handling signal: term") < messages.index("Shutting down: Master")
