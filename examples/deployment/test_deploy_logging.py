import io
import json
import logging
import pathlib
import urllib.request

import pytest
from flask import Flask, g
from gunicorn.glogging import SafeAtoms

from deploy_logging import JsonFormatter

HERE = pathlib.Path(__file__).parent


@pytest.fixture
def capture():
    """Route a logger's records through JsonFormatter into a string buffer."""
    restore = []

    def capture(name):
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        handler.setFormatter(JsonFormatter())
        logger = logging.getLogger(name)
        restore.append((logger, handler, logger.level, logger.propagate))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        return logger, stream

    yield capture
    for logger, handler, level, propagate in restore:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def test_one_json_object_per_line_with_extra_fields(capture):
    logger, stream = capture("shop.orders")
    logger.info("order %s placed", 7, extra={"order_id": 7, "total_cents": 4999})
    entry = json.loads(stream.getvalue())
    assert entry["message"] == "order 7 placed"
    assert entry["level"] == "INFO" and entry["logger"] == "shop.orders"
    assert entry["order_id"] == 7 and entry["total_cents"] == 4999
    assert entry["time"].endswith("+00:00")


def test_a_traceback_stays_inside_one_line(capture):
    logger, stream = capture("shop.orders")
    try:
        1 / 0
    except ZeroDivisionError:
        logger.exception("charge failed")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    assert "ZeroDivisionError: division by zero" in json.loads(lines[0])["exception"]


def test_inside_a_request_the_request_id_and_path_are_added(capture):
    logger, stream = capture("shop.orders")
    app = Flask(__name__)
    with app.test_request_context("/orders/7", method="POST"):
        g.request_id = "4c1d-77"
        logger.warning("payment declined")
    entry = json.loads(stream.getvalue())
    assert (entry["request_id"], entry["method"], entry["path"]) == ("4c1d-77", "POST", "/orders/7")


def test_gunicorn_access_atoms_become_fields(capture):
    logger, stream = capture("gunicorn.access")
    atoms = SafeAtoms({"m": "GET", "U": "/healthz", "s": "200", "M": 3, "h": "10.0.0.5",
                       "{x-request-id}i": "4c1d-77"})
    logger.info('%(h)s "%(m)s %(U)s" %(s)s', atoms)     # how Gunicorn logs each request
    entry = json.loads(stream.getvalue())
    assert entry["message"] == "request"
    assert (entry["method"], entry["path"], entry["status"]) == ("GET", "/healthz", 200)
    assert entry["duration_ms"] == 3
    assert (entry["remote_addr"], entry["request_id"]) == ("10.0.0.5", "4c1d-77")


def test_gunicorn_and_app_logs_are_json_lines_joined_by_request_id(gunicorn):
    base = gunicorn("deploy_app:create_app()", cwd=HERE, config=HERE / "gunicorn_conf.py",
                    env={"WEB_CONCURRENCY": "1"})
    request = urllib.request.Request(base + "/request-info", headers={"X-Request-ID": "4c1d-77"})
    urllib.request.urlopen(request, timeout=10).close()
    entries = [json.loads(line) for line in gunicorn.output().splitlines()]   # every line parses
    mine = [e for e in entries if e.get("request_id") == "4c1d-77"]
    assert [(e["logger"], e["message"]) for e in mine] == [
        ("deploy_app", "request info served"),          # the view's log line
        ("gunicorn.access", "request"),                 # Gunicorn's access log
    ]
    access = mine[1]
    assert (access["method"], access["path"], access["status"]) == ("GET", "/request-info", 200)
    assert isinstance(access["duration_ms"], int)
    assert any(e["message"].startswith("Booting worker") for e in entries)
