"""A flaky upstream: bounded retries with backoff, a circuit breaker and a stale fallback."""
import threading
import time

import requests
from flask import Flask
from requests.adapters import HTTPAdapter
from urllib3.util import Retry

RATES_URL = "https://rates.example.com/v1/latest"
TIMEOUT = (2, 3)  # (connect, read) seconds, per attempt


def make_session():
    retry = Retry(
        total=2,  # at most 2 retries: 3 attempts in all
        status_forcelist=(429, 502, 503, 504),  # retry these statuses...
        allowed_methods=frozenset({"GET", "HEAD"}),  # ...for safe methods only (never POST)
        backoff_factor=0.5,  # sleeps 0 s, then 1 s (doubling, capped by backoff_max)
        backoff_max=4,
        backoff_jitter=0.3,  # spread out clients that failed at the same moment
        respect_retry_after_header=True,  # honor the server's Retry-After on 429/503...
        retry_after_max=5,  # ...but never sleep longer than 5 s (the default is 6 hours)
        raise_on_status=False,  # after the last retry, return the response itself
    )
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=retry, pool_maxsize=10))
    return session


class CircuitOpen(Exception):
    pass


class CircuitBreaker:
    """Closed: calls pass. After `threshold` failures in a row: open, calls fail at once.
    After `reset_after` seconds: half-open, one trial call decides, the others still fail."""

    def __init__(self, threshold=3, reset_after=30.0, clock=time.monotonic):
        self.threshold, self.reset_after, self.clock = threshold, reset_after, clock
        self.failures = 0
        self.opened_at = None
        self.trial_running = False
        self.lock = threading.Lock()  # one breaker per process, shared by its threads

    def call(self, func):
        with self.lock:
            is_trial = self.opened_at is not None
            if is_trial and (self.trial_running
                             or self.clock() - self.opened_at < self.reset_after):
                raise CircuitOpen()  # open, or half-open with the trial still in flight
            if is_trial:
                self.trial_running = True  # decided under the lock: exactly one trial
        try:
            result = func()
        except Exception:
            with self.lock:
                self.failures += 1
                if self.failures >= self.threshold:
                    self.opened_at = self.clock()  # (re)open; a failed trial waits again
            raise
        else:
            with self.lock:
                self.failures, self.opened_at = 0, None
            return result
        finally:
            if is_trial:
                with self.lock:
                    self.trial_running = False  # even after KeyboardInterrupt and the like


def create_app(clock=time.monotonic):
    app = Flask(__name__)
    session = make_session()
    breaker = CircuitBreaker(clock=clock)
    last_good = {}  # the fallback: the last rates we managed to fetch

    def fetch_rates():
        response = session.get(RATES_URL, timeout=TIMEOUT)
        response.raise_for_status()  # still failing after the retries: count it
        return response.json()

    @app.get("/api/rates")
    def rates():
        try:
            last_good.update(breaker.call(fetch_rates))
            return {"rates": last_good, "stale": False}
        except (CircuitOpen, requests.RequestException):
            if last_good:
                return {"rates": last_good, "stale": True}
            return {"error": "rates unavailable"}, 503, {"Retry-After": "30"}

    app.extensions["rates_session"] = session
    return app
