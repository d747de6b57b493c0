import io
import json
import logging

import pytest
from prometheus_client.parser import text_string_to_metric_families

from monitoring_app import create_app


@pytest.fixture
def logs():
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    stream = io.StringIO()
    yield stream
    root.handlers[:], level = saved
    root.setLevel(level)


def lines(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def sample(metrics_text, name, **labels):
    for family in text_string_to_metric_families(metrics_text):
        for s in family.samples:
            if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()):
                return s.value
    return 0.0


def test_every_log_line_is_json_with_the_request_id(logs):
    client = create_app(logs).test_client()
    response = client.get("/orders/42", headers={"X-Request-ID": "abc123-from-proxy"})
    assert response.headers["X-Request-ID"] == "abc123-from-proxy"
    viewed, finished = lines(logs)
    assert viewed["message"] == "order viewed" and viewed["order_id"] == 42
    assert finished["message"] == "request finished"
    assert finished["status"] == 200 and finished["path"] == "/orders/42"
    assert viewed["request_id"] == finished["request_id"] == "abc123-from-proxy"


def test_a_missing_or_odd_request_id_is_replaced(logs):
    client = create_app(logs).test_client()
    odd = client.get("/healthz", headers={"X-Request-ID": "x" * 500})  # too long
    missing = client.get("/healthz")
    assert len(odd.headers["X-Request-ID"]) == len(missing.headers["X-Request-ID"]) == 32
    assert [e["request_id"] for e in lines(logs)] == [odd.headers["X-Request-ID"],
                                                      missing.headers["X-Request-ID"]]


def test_unhandled_errors_are_logged_with_traceback_and_counted(logs):
    client = create_app(logs).test_client()
    before = sample(client.get("/metrics").text, "http_requests_total", endpoint="boom", status="500")
    assert client.get("/boom").status_code == 500
    error = next(e for e in lines(logs) if e["level"] == "ERROR")
    assert error["message"] == "Exception on /boom [GET]"
    assert "payment provider returned garbage" in error["exception"]
    after = sample(client.get("/metrics").text, "http_requests_total", endpoint="boom", status="500")
    assert after == before + 1


def test_metrics_endpoint_speaks_the_prometheus_text_format(logs):
    client = create_app(logs).test_client()
    client.get("/orders/1")
    client.get("/orders/2")
    client.get("/nope")
    response = client.get("/metrics")
    assert response.mimetype == "text/plain"
    text = response.text
    assert sample(text, "http_requests_total", endpoint="order", status="200") >= 2
    assert sample(text, "http_requests_total", endpoint="unmatched", status="404") >= 1
    assert sample(text, "http_request_duration_seconds_count", endpoint="order") >= 2
    assert 'endpoint="/orders/1"' not in text  # labels use endpoint names, not paths


def test_multiprocess_mode_reads_the_shared_directory(logs, tmp_path, monkeypatch):
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    client = create_app(logs).test_client()
    assert client.get("/metrics").status_code == 200  # an empty directory: no samples yet


def test_slow_endpoint_reports_its_process(logs):
    import os

    assert create_app(logs).test_client().get("/slow").json == {"pid": os.getpid()}
