import pathlib

import pytest

from loadgen import percentile, run

HERE = pathlib.Path(__file__).parent


def test_percentile_uses_nearest_rank():
    values = [0.1 * n for n in range(1, 21)]  # 0.1 .. 2.0
    assert percentile(values, 50) == pytest.approx(1.0)
    assert percentile(values, 95) == pytest.approx(1.9)
    assert percentile([0.3], 99) == 0.3


def test_one_sync_worker_queues_concurrent_users(gunicorn):
    base = gunicorn("load_target:app", cwd=HERE, args=("--workers", "1"))
    result = run(base + "/io", users=8, requests_per_user=2)
    assert result.requests == 16 and result.errors == 0
    assert result.seconds >= 1.5  # 16 x 100 ms, one after another
    assert result.p95 >= 0.6  # most of each request's time is spent waiting in the queue
    assert result.throughput < 11  # capped at 1 / 0.1 s


def test_threads_overlap_the_waiting(gunicorn):
    base = gunicorn("load_target:app", cwd=HERE, args=("--workers", "1", "--threads", "8"))
    result = run(base + "/io", users=8, requests_per_user=2)
    assert result.errors == 0
    assert result.seconds < 1.0  # about 2 x 100 ms plus overhead
    assert result.p95 < 0.5
    assert result.throughput > 16
    assert "Using worker: gthread" in gunicorn.output()  # --threads > 1 switches worker class


def test_errors_are_counted_not_timed(gunicorn):
    base = gunicorn("load_target:app", cwd=HERE, args=("--workers", "1"))
    result = run(base + "/missing", users=2, requests_per_user=2)
    assert result.requests == 4 and result.errors == 4
    assert result.p50 == 0.0
