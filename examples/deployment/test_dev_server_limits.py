"""`flask run` started for real: threaded by default, no cap on threads, no graceful stop."""
import concurrent.futures
import contextlib
import json
import pathlib
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

HERE = pathlib.Path(__file__).parent


@contextlib.contextmanager
def flask_run(*options):
    """Run `flask --app deploy_workers run` on a free port; yields (base URL, process, output)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "deploy_workers", "run",
         "--port", str(port), *options],
        cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = []
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "flask run did not start"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", proc, output
    finally:
        if proc.poll() is None:
            proc.terminate()
        proc.wait(timeout=10)
        output.append(proc.stdout.read())
        proc.stdout.close()


def get(url):
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.load(response)


def at_once(base, n, seconds=1):
    with concurrent.futures.ThreadPoolExecutor(n) as pool:
        return [r["at_once"] for r in pool.map(get, [f"{base}/work?seconds={seconds}"] * n)]


def test_flask_run_is_threaded_by_default_and_warns():
    with flask_run() as (base, _, output):
        assert max(at_once(base, 2)) == 2           # the two requests overlapped
    assert "WARNING: This is a development server." in output[0]


def test_without_threads_requests_queue():
    with flask_run("--without-threads") as (base, _, _):
        assert at_once(base, 2) == [1, 1]


def test_one_thread_per_connection_with_no_upper_bound():
    with flask_run() as (base, _, _):
        assert max(at_once(base, 20)) == 20         # no queue, no back-pressure


def test_sigterm_drops_the_request_in_progress():
    with flask_run() as (base, proc, _):
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            pending = pool.submit(get, base + "/work?seconds=3")
            time.sleep(1)
            proc.send_signal(signal.SIGTERM)
            with pytest.raises(ConnectionError):      # the connection is simply cut
                pending.result()
