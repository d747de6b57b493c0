"""Building and changing Response objects: make_response, Response, hooks."""
from flask import Flask, Response, after_this_request, jsonify, make_response

app = Flask(__name__)


@app.get("/report")
def report():
    # make_response accepts anything a view may return and gives a Response back.
    response = make_response({"rows": 3}, 200)
    response.headers["Cache-Control"] = "no-store"
    response.set_cookie("last_report", "monthly", httponly=True, samesite="Lax")
    return response


@app.get("/export")
def export():
    response = Response("id,name\n1,Ada\n", mimetype="text/csv")
    response.headers.set("Content-Disposition", "attachment", filename="users.csv")
    return response


def count_download():
    """A helper deep in the call stack can still change the response."""

    @after_this_request
    def add_header(response):
        response.headers["X-Download-Counted"] = "1"
        return response


@app.get("/download")
def download():
    count_download()
    return "file contents"


@app.get("/as-text")
def as_text():
    # Tuple headers replace same-named headers (Flask 2.0+): this is text/plain.
    return jsonify(note="not JSON any more"), {"Content-Type": "text/plain"}


@app.get("/crash")
def crash():
    raise RuntimeError("unhandled")


@app.after_request
def add_default_headers(response):
    # Runs for every response, including 404s and the 500 for an unhandled error.
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response
