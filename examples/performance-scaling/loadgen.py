"""A tiny closed-loop load generator: N simulated users, each sending requests back to back.
Enough to prove a point in a test; use Locust, k6 or wrk for real load tests."""
import dataclasses
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor


@dataclasses.dataclass
class Summary:
    requests: int
    errors: int
    seconds: float
    p50: float
    p95: float
    p99: float

    @property
    def throughput(self):
        return self.requests / self.seconds  # requests per second


def percentile(values, pct):
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, round(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def run(url, *, users, requests_per_user, timeout=10.0):
    latencies, errors, lock = [], [], threading.Lock()

    def user():
        for _ in range(requests_per_user):
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=timeout) as response:
                    response.read()
            except OSError as error:  # HTTPError (4xx, 5xx), timeouts, refused connections
                if isinstance(error, urllib.error.HTTPError):
                    error.close()  # it holds the response's socket
                with lock:
                    errors.append(error)
                continue
            with lock:
                latencies.append(time.perf_counter() - start)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=users) as pool:
        for _ in range(users):
            pool.submit(user)
    elapsed = time.perf_counter() - started
    ok = latencies or [0.0]
    return Summary(requests=len(latencies) + len(errors), errors=len(errors), seconds=elapsed,
                   p50=percentile(ok, 50), p95=percentile(ok, 95), p99=percentile(ok, 99))
