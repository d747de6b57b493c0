"""Starter: implement rate_limit(max_requests, window) so the client gets 429 over the limit."""
import functools

from flask import Flask


def rate_limit(max_requests, window):
    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            # TODO: count this client's requests in the last `window` seconds.
            return view(*args, **kwargs)
        return wrapper
    return decorator


def create_app():
    app = Flask(__name__)

    @app.get("/search")
    @rate_limit(max_requests=3, window=60)
    def search():
        return {"results": []}

    return app
