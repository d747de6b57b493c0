"""Using Flask objects from a background thread: what breaks and what works."""
import threading

from flask import Flask, copy_current_request_context, current_app, g, request

app = Flask(__name__)
app.config["MAIL_FROM"] = "shop@example.com"
results, workers, teardowns = [], [], []


def start(target, *args):
    thread = threading.Thread(target=target, args=args)
    workers.append(thread)  # the tests join these; a real app would not wait
    thread.start()


@app.teardown_request
def count_teardown(error):
    teardowns.append(threading.current_thread() is threading.main_thread())


@app.post("/broken")
def broken():
    def work():
        try:
            results.append(request.form["email"])  # new thread: empty context
        except RuntimeError as error:
            results.append(str(error).splitlines()[0])

    start(work)
    return "queued", 202


@app.post("/copied")
def copied():
    g.user = "ada"
    request.form  # parse the body now: the worker may still run after the response

    @copy_current_request_context  # pushes a copy of this request context in the thread
    def work():
        results.append((request.form["email"], g.get("user")))

    start(work)
    return "queued", 202


def send_welcome(app, address):
    with app.app_context():  # the worker pushes its own app context
        results.append(f"from {current_app.config['MAIL_FROM']} to {address}")


@app.post("/explicit")
def explicit():
    # Recommended: read what you need now, hand over plain data and the real app.
    start(send_welcome, current_app._get_current_object(), request.form["email"])
    return "queued", 202
