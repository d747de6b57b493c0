from flask import Flask
from werkzeug.test import Client, create_environ

from wsgi_basics import RequestIdMiddleware, app, plain_wsgi_app


def call_wsgi(wsgi_app, path, headers=None):
    """Do what a WSGI server does: build environ, pass start_response, join the body."""
    # a PEP 3333 dict: REQUEST_METHOD, PATH_INFO, HTTP_* headers, wsgi.input, ...
    environ = create_environ(path, headers=headers)
    captured = {}

    def start_response(status, response_headers, exc_info=None):
        captured["status"], captured["headers"] = status, dict(response_headers)

    body = b"".join(wsgi_app(environ, start_response))
    return captured["status"], captured["headers"], body


def test_a_plain_function_is_a_wsgi_app():
    status, headers, body = call_wsgi(plain_wsgi_app, "/anything")
    assert status == "200 OK"
    assert body == b"You asked for /anything"


def test_a_flask_app_is_called_the_same_way():
    assert callable(app)  # Flask.__call__(environ, start_response) -> self.wsgi_app(...)
    status, headers, body = call_wsgi(app, "/whoami", headers={"X-Request-ID": "abc123"})
    assert status == "200 OK"
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Request-ID"] == "abc123"  # added by the middleware
    assert body == b'{"request_id":"abc123"}\n'  # and seen by the view


def test_the_test_client_goes_through_the_middleware():
    response = app.test_client().get("/whoami")
    assert len(response.headers["X-Request-ID"]) == 32  # generated uuid4 hex
    assert response.json["request_id"] == response.headers["X-Request-ID"]


def test_any_wsgi_server_or_client_can_drive_it():
    response = Client(plain_wsgi_app).get("/x")  # Werkzeug's client knows nothing about Flask
    assert response.text == "You asked for /x"


def test_wrapping_the_app_object_itself_loses_the_flask_api():
    wrapped = RequestIdMiddleware(Flask(__name__))
    assert not hasattr(wrapped, "test_client")  # and no .route, .config, flask CLI discovery...
    assert not hasattr(wrapped, "route")
