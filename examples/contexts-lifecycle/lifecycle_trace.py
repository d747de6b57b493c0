"""Record every step Flask takes for one request, in order."""
from flask import Flask, after_this_request, signals

app = Flask(__name__)
trace = []


def record(step):
    trace.append(step)


def on_signal(name):
    def receiver(sender, **extra):
        record(f"signal {name}")
    return receiver


# Keep strong references: blinker holds receivers weakly by default.
receivers = {name: on_signal(name) for name in (
    "appcontext_pushed", "request_started", "request_finished", "got_request_exception",
    "request_tearing_down", "appcontext_tearing_down", "appcontext_popped")}
for name, receiver in receivers.items():
    getattr(signals, name).connect(receiver, app)


@app.url_value_preprocessor
def url_value_preprocessor(endpoint, values):
    record("url_value_preprocessor")


@app.before_request
def before_request():
    record("before_request")


@app.get("/hello/<name>")
def hello(name):
    record("view")

    @after_this_request
    def only_this_response(response):
        record("after_this_request")
        return response

    return f"Hello, {name}!"


@app.get("/crash")
def crash():
    record("view")
    raise RuntimeError("boom")


@app.after_request
def after_request(response):
    record(f"after_request ({response.status_code})")
    return response


@app.teardown_request
def teardown_request(error):
    record(f"teardown_request (error={error!r})")


@app.teardown_appcontext
def teardown_appcontext(error):
    record(f"teardown_appcontext (error={error!r})")


def run(path):
    trace.clear()
    response = app.test_client().get(path)
    return response.status_code, list(trace)
