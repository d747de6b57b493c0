import threading
import time

import pytest
import requests
import responses
from urllib3.util import Retry

from api_resilience import (RATES_URL, TIMEOUT, CircuitBreaker, CircuitOpen, create_app,
                            make_session)


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def mocked():
    with responses.RequestsMock() as rsps:
        yield rsps


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def client(clock):
    app = create_app(clock=clock)
    yield app.test_client()
    app.extensions["rates_session"].close()


def test_transient_503s_are_retried(mocked):
    mocked.get(RATES_URL, status=503)
    mocked.get(RATES_URL, status=503)
    mocked.get(RATES_URL, json={"EUR": 1.0})
    with make_session() as session:
        assert session.get(RATES_URL, timeout=1).json() == {"EUR": 1.0}
    assert len(mocked.calls) == 3


def test_retries_are_bounded(mocked):
    mocked.get(RATES_URL, status=503)
    with make_session() as session:
        assert session.get(RATES_URL, timeout=1).status_code == 503
    assert len(mocked.calls) == 3  # 1 attempt + 2 retries, then give up


def test_post_is_never_retried(mocked):
    mocked.post(RATES_URL, status=503)
    with make_session() as session:
        assert session.post(RATES_URL, json={}, timeout=1).status_code == 503
    assert len(mocked.calls) == 1  # a retried POST could charge twice


def test_client_errors_are_not_retried(mocked):
    mocked.get(RATES_URL, status=400)
    with make_session() as session:
        session.get(RATES_URL, timeout=1)
    assert len(mocked.calls) == 1


def test_backoff_doubles_and_is_capped():
    retry = Retry(total=6, status_forcelist=[503], backoff_factor=0.5, backoff_max=4)
    sleeps = []
    for _ in range(5):
        retry = retry.increment(method="GET", url="/latest")
        sleeps.append(retry.get_backoff_time())
    assert sleeps == [0, 1.0, 2.0, 4.0, 4]  # urllib3 2: no sleep before the first retry


def test_worst_case_fits_inside_the_worker_timeout():
    with make_session() as session:
        retry = session.get_adapter(RATES_URL).max_retries
    attempts = retry.total + 1
    sleeps = [0, 1.0]  # backoff before retry 1 and 2 (see the next test)
    worst = attempts * sum(TIMEOUT) + sum(sleeps) + retry.total * retry.backoff_jitter
    assert worst < 30  # Gunicorn's default worker timeout; a real budget is much smaller


def test_retry_after_is_capped():
    with make_session() as session:
        retry = session.get_adapter(RATES_URL).max_retries
    assert retry.parse_retry_after("3600") == 5
    assert Retry().parse_retry_after("3600") == 3600  # urllib3's default would wait an hour


def test_requests_sessions_do_not_retry_by_default(mocked):
    mocked.get(RATES_URL, status=503)
    with requests.Session() as session:
        session.get(RATES_URL, timeout=1)
    assert len(mocked.calls) == 1


def test_breaker_opens_after_repeated_failures_and_stops_calling(mocked, client):
    mocked.get(RATES_URL, status=503)
    for _ in range(3):
        assert client.get("/api/rates").status_code == 503
    calls_so_far = len(mocked.calls)  # 3 requests x 3 attempts
    response = client.get("/api/rates")
    assert response.status_code == 503 and response.headers["Retry-After"] == "30"
    assert len(mocked.calls) == calls_so_far  # open: the upstream was not called at all


def test_half_open_trial_closes_the_breaker_on_success(mocked, client, clock):
    mocked.get(RATES_URL, status=503)
    for _ in range(3):
        client.get("/api/rates")
    clock.now += 31  # reset_after has passed: the next call is a trial
    mocked.replace(responses.GET, RATES_URL, json={"EUR": 1.0})
    assert client.get("/api/rates").json == {"rates": {"EUR": 1.0}, "stale": False}


def test_a_failed_trial_reopens_it(clock):
    breaker = CircuitBreaker(threshold=1, reset_after=30, clock=clock)

    def boom():
        raise requests.ConnectionError()

    with pytest.raises(requests.ConnectionError):
        breaker.call(boom)
    with pytest.raises(CircuitOpen):
        breaker.call(boom)
    clock.now += 31
    with pytest.raises(requests.ConnectionError):
        breaker.call(boom)  # the trial fails...
    with pytest.raises(CircuitOpen):
        breaker.call(boom)  # ...and the breaker is open again


def test_stale_data_is_better_than_an_error(mocked, client):
    mocked.get(RATES_URL, json={"EUR": 1.0})
    client.get("/api/rates")
    mocked.replace(responses.GET, RATES_URL, body=requests.ConnectionError())
    assert client.get("/api/rates").json == {"rates": {"EUR": 1.0}, "stale": True}


def test_half_open_lets_exactly_one_trial_call_through(clock):
    breaker = CircuitBreaker(threshold=1, reset_after=30, clock=clock)
    with pytest.raises(ZeroDivisionError):
        breaker.call(lambda: 1 / 0)  # open
    clock.now += 31  # half-open: the next call is the trial
    threads_count = 8
    start, release = threading.Barrier(threads_count), threading.Event()
    trials, outcomes = [], []

    def slow_upstream():
        trials.append(threading.get_ident())
        release.wait(timeout=10)  # the trial is still in flight while the others arrive
        return "ok"

    def request():
        start.wait(timeout=10)  # all threads call at the same moment
        try:
            outcomes.append(breaker.call(slow_upstream))
        except CircuitOpen:
            outcomes.append("rejected")

    threads = [threading.Thread(target=request) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 10
    while len(trials) + outcomes.count("rejected") < threads_count:
        assert time.monotonic() < deadline, "the threads did not all get an answer"
        time.sleep(0.01)
    release.set()
    for thread in threads:
        thread.join(timeout=10)
    assert len(trials) == 1  # one trial reached the upstream...
    assert sorted(outcomes) == ["ok"] + ["rejected"] * (threads_count - 1)  # ...the rest failed fast
    assert breaker.call(lambda: "closed again") == "closed again"  # the trial closed it


def test_a_trial_that_escapes_with_a_base_exception_does_not_wedge_the_breaker(clock):
    breaker = CircuitBreaker(threshold=1, reset_after=30, clock=clock)
    with pytest.raises(ZeroDivisionError):
        breaker.call(lambda: 1 / 0)
    clock.now += 31

    def interrupted():
        raise KeyboardInterrupt  # not an Exception: neither counted nor a success

    with pytest.raises(KeyboardInterrupt):
        breaker.call(interrupted)
    assert breaker.call(lambda: "next trial") == "next trial"  # half-open again, not stuck
