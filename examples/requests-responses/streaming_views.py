"""Streaming responses: generators, stream_with_context, and their limits."""
from flask import Flask, Response, request, stream_with_context

app = Flask(__name__)
EVENTS: list[str] = []


@app.teardown_request
def record_teardown(exc):
    EVENTS.append("teardown")


@app.get("/export.csv")
def export_csv():
    def rows():
        yield "id,name\n"
        for n in range(1, 4):  # imagine a large query read in batches
            yield f"{n},user{n}\n"

    return rows(), {"Content-Type": "text/csv"}


@app.get("/greet-broken")
def greet_broken():
    def generate():
        yield "Hello "
        yield request.args["name"]  # runs after the view returned: no request

    return generate()


@app.get("/greet")
def greet():
    @stream_with_context  # re-pushes the request context while the body is sent
    def generate():
        yield "Hello "
        yield request.args.get("name", "stranger")
        EVENTS.append("stream finished")

    return generate()


@app.get("/ticks")
def ticks():
    def generate():
        for n in range(3):
            yield f"data: tick {n}\n\n"

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}  # nginx: don't buffer
    return Response(generate(), mimetype="text/event-stream", headers=headers)


@app.get("/fragile")
def fragile():
    def generate():
        yield "first rows,"
        raise RuntimeError("database went away")  # the 200 status is already sent

    return generate()


@app.get("/fails-early")
def fails_early():
    raise RuntimeError("database went away")  # before any byte: a normal 500


@app.errorhandler(500)
def server_error(error):
    EVENTS.append("500 handler")
    return "error page", 500
