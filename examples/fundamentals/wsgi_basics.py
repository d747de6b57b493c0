import uuid

from flask import Flask, request


def plain_wsgi_app(environ, start_response):
    """A complete WSGI application with no framework: PEP 3333 is just this signature."""
    body = f"You asked for {environ['PATH_INFO']}".encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


class RequestIdMiddleware:
    """WSGI middleware: wraps another WSGI app and adds an X-Request-ID header."""

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        request_id = environ.get("HTTP_X_REQUEST_ID") or uuid.uuid4().hex
        environ["example.request_id"] = request_id  # visible to the app below

        def start_response_with_id(status, headers, exc_info=None):
            headers.append(("X-Request-ID", request_id))
            return start_response(status, headers, exc_info)

        return self.wsgi_app(environ, start_response_with_id)


app = Flask(__name__)
app.wsgi_app = RequestIdMiddleware(app.wsgi_app)  # wrap wsgi_app, keep `app` a Flask object


@app.route("/whoami")
def whoami():
    return {"request_id": request.environ["example.request_id"]}
