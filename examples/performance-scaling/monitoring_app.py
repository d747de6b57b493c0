"""Production telemetry: one JSON log line per event with a request ID, and Prometheus metrics
that stay correct when Gunicorn runs several worker processes."""
import json
import logging
import os
import re
import time
import uuid

from flask import Flask, Response, g, has_request_context, request
from prometheus_client import (CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter,
                               Histogram, generate_latest, multiprocess)

REQUESTS = Counter("http_requests", "Requests handled", ["method", "endpoint", "status"])
LATENCY = Histogram("http_request_duration_seconds", "Time spent in the app", ["endpoint"],
                    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5))
SAFE_ID = re.compile(r"[A-Za-z0-9-]{8,64}")
log = logging.getLogger(__name__)


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {"time": self.formatTime(record), "level": record.levelname,
                 "logger": record.name, "message": record.getMessage()}
        if has_request_context():
            entry["request_id"] = g.get("request_id")
        entry.update(getattr(record, "fields", {}))  # log.info(..., extra={"fields": {...}})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def configure_logging(stream=None):
    """Before the app exists, so Flask adds no handler of its own. stderr by default."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)


def metrics_registry():
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:  # several processes write files; merge them
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    return REGISTRY  # one process: its own in-memory values


def create_app(log_stream=None):
    configure_logging(log_stream)
    app = Flask(__name__)

    @app.before_request
    def start():
        incoming = request.headers.get("X-Request-ID", "")  # set by the proxy or the caller
        g.request_id = incoming if SAFE_ID.fullmatch(incoming) else uuid.uuid4().hex
        g.started = time.perf_counter()

    @app.after_request
    def finish(response):  # also runs for the 500 that Flask builds for an unhandled error
        elapsed = time.perf_counter() - g.started
        endpoint = request.endpoint or "unmatched"  # never the raw path: unbounded labels
        if endpoint != "metrics":
            REQUESTS.labels(request.method, endpoint, str(response.status_code)).inc()
            LATENCY.labels(endpoint).observe(elapsed)
        response.headers["X-Request-ID"] = g.request_id
        log.info("request finished", extra={"fields": {
            "method": request.method, "path": request.path,
            "status": response.status_code, "duration_ms": round(elapsed * 1000, 1)}})
        return response

    @app.get("/orders/<int:order_id>")
    def order(order_id):
        log.info("order viewed", extra={"fields": {"order_id": order_id}})
        return {"id": order_id}

    @app.get("/slow")
    def slow():
        time.sleep(0.3)
        return {"pid": os.getpid()}

    @app.get("/boom")
    def boom():
        raise RuntimeError("payment provider returned garbage")

    @app.get("/healthz")
    def healthz():  # liveness: the process answers; no dependency checks here
        return {"status": "ok"}

    @app.get("/metrics")
    def metrics():
        return Response(generate_latest(metrics_registry()), mimetype=CONTENT_TYPE_LATEST)

    return app
