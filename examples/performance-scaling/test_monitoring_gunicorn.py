import json
import pathlib
import types
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import monitoring_gunicorn
from test_monitoring_app import sample

HERE = pathlib.Path(__file__).parent


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def hit_both_workers(base, n=4):
    """Concurrent slow requests until both workers have answered; returns how many were sent."""
    pids, sent = set(), 0
    while len(pids) < 2:  # the second worker may still be booting
        assert sent < 40, "only one worker answered"
        with ThreadPoolExecutor(max_workers=n) as pool:
            pids |= {json.loads(body)["pid"] for body in pool.map(fetch, [base + "/slow"] * n)}
        sent += n
    return sent


def scrapes(base, times=4):
    return [sample(fetch(base + "/metrics"), "http_requests_total", endpoint="slow")
            for _ in range(times)]


def test_multiprocess_mode_reports_the_total_of_all_workers(gunicorn, tmp_path):
    base = gunicorn("monitoring_app:create_app()", cwd=HERE, config=HERE / "monitoring_gunicorn.py",
                    env={"PROMETHEUS_MULTIPROC_DIR": str(tmp_path)})
    sent = hit_both_workers(base)
    assert scrapes(base) == [sent] * 4  # every scrape sees every request
    fetch_with_id = urllib.request.Request(base + "/healthz", headers={"X-Request-ID": "trace-0001"})
    urllib.request.urlopen(fetch_with_id).close()
    output = gunicorn.output()
    assert '"GET /healthz HTTP/1.1" 200' in output and "rid=trace-0001" in output  # access log
    assert '"message": "request finished"' in output  # the app's JSON lines


def test_without_it_each_scrape_sees_one_workers_share(gunicorn):
    base = gunicorn("monitoring_app:create_app()", cwd=HERE, args=("--workers", "2"))
    sent = hit_both_workers(base)
    assert all(total < sent for total in scrapes(base))  # one worker's share, whichever answers


def test_child_exit_marks_the_worker_dead(tmp_path, monkeypatch):
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    (tmp_path / "gauge_livesum_4242.db").write_bytes(b"")
    monitoring_gunicorn.child_exit(server=None, worker=types.SimpleNamespace(pid=4242))
    assert not (tmp_path / "gauge_livesum_4242.db").exists()
