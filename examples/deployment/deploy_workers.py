"""A demo app for Gunicorn's worker behaviour: /work sleeps for ?seconds= and reports the
process that served it and how many requests that process was running at that moment."""
import os
import threading
import time

from flask import Flask, request

app = Flask(__name__)
_lock = threading.Lock()
_running = 0


@app.get("/work")
def work():
    global _running
    seconds = min(request.args.get("seconds", 0.0, type=float), 10.0)
    with _lock:
        _running += 1
        at_once = _running
    try:
        time.sleep(seconds)
    finally:
        with _lock:
            _running -= 1
    return {"pid": os.getpid(), "at_once": at_once}
