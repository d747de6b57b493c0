import json
import pathlib
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from async_limits import app, audit_log, record_audit, seen_loops

HERE = pathlib.Path(__file__).parent


@pytest.fixture
def client():
    app.testing = True
    return app.test_client()


def test_awaits_overlap_inside_one_request(client):
    body = client.get("/fan-out").json
    assert body["results"] == ["users", "orders", "stock"]
    assert body["seconds"] < 0.4  # three 0.2 s calls overlapped (0.6 s one after another)


def test_blocking_calls_serialize_the_coroutines(client):
    assert client.get("/blocking").json["seconds"] >= 0.4  # 2 x 0.2 s: no overlap at all


def test_to_thread_moves_blocking_calls_off_the_loop(client):
    assert client.get("/offloaded").json["seconds"] < 0.4


def test_each_request_gets_a_new_event_loop_in_a_helper_thread(client):
    seen_loops.clear()
    first = client.get("/wait").json["thread"]
    client.get("/wait")
    assert first.startswith("ThreadPoolExecutor")  # asgiref runs the loop in its own thread
    assert seen_loops[0] is not seen_loops[1]  # and the loop is created per request


def test_background_tasks_are_cancelled_when_the_view_returns(client):
    audit_log.clear()
    assert client.get("/fire-and-forget").text == "accepted"
    time.sleep(0.2)
    assert audit_log == ["cancelled"]


def test_the_same_coroutine_finishes_on_a_loop_that_keeps_running():
    import asyncio

    audit_log.clear()

    async def long_lived_loop():  # what an ASGI server or a task queue worker provides
        task = asyncio.create_task(record_audit())
        await asyncio.sleep(0.2)
        return task.done()

    assert asyncio.run(long_lived_loop()) is True
    assert audit_log == ["written"]


def test_module_level_asyncio_objects_break_on_the_second_request(client):
    assert client.get("/limited").text == "ok"  # the semaphore is now bound to loop 1
    with pytest.raises(RuntimeError, match="bound to a different event loop"):
        client.get("/limited")


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def peak_of_burst(base, n=4):
    """Send n requests at once; the most /wait requests the worker had in flight together."""
    with ThreadPoolExecutor(max_workers=n) as pool:
        return max(body["peak"] for body in pool.map(fetch, [base + "/wait"] * n))


def test_async_views_do_not_add_concurrency_to_a_sync_worker(gunicorn):
    base = gunicorn("async_limits:app", cwd=HERE, args=("--workers", "1"))
    assert peak_of_burst(base) == 1  # each awaits 0.3 s, yet they ran one at a time


def test_threads_do(gunicorn):
    base = gunicorn("async_limits:app", cwd=HERE, args=("--workers", "1", "--threads", "4"))
    assert peak_of_burst(base) > 1  # a thread per request, each with its own event loop
