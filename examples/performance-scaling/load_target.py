"""The application under test: an I/O-bound endpoint, like most Flask views."""
import time

from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "ok"


@app.get("/io")
def io_bound():
    time.sleep(0.1)  # stands in for a 100 ms database query or API call
    return {"waited_ms": 100}
