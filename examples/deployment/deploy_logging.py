"""JSON log lines on stdout for the app and for Gunicorn, with the standard library only."""
from __future__ import annotations

import datetime
import json
import logging

from flask import g, has_request_context, request

# Attributes every LogRecord has; anything else came from `extra=` and is worth keeping.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line. Tracebacks become a string field, so a log collector never
    has to glue multi-line records back together."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC)
                    .isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "pid": record.process,
        }
        if record.name == "gunicorn.access" and isinstance(record.args, dict):
            # Gunicorn passes its access-log "atoms" as the record's arguments.
            atoms = record.args
            entry.update(message="request", method=atoms["m"], path=atoms["U"],
                         status=int(atoms["s"]), duration_ms=atoms["M"],
                         remote_addr=atoms["h"], request_id=atoms["{x-request-id}i"])
        else:
            entry["message"] = record.getMessage()
        if has_request_context():
            entry.update(request_id=g.get("request_id"), method=request.method, path=request.path)
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


LOGGING = {
    "version": 1,
    # Keep loggers created before this runs (Gunicorn's, the app's) switched on.
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": JsonFormatter}},
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "json"},
    },
    "root": {"level": "INFO", "handlers": ["stdout"]},
    "loggers": {
        # No handlers of their own: their records propagate to the root's JSON handler.
        "gunicorn.error": {"level": "INFO", "handlers": [], "propagate": True},
        "gunicorn.access": {"level": "INFO", "handlers": [], "propagate": True},
    },
}
