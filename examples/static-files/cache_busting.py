"""Cache busting: a content hash in static URLs, and long caching for those URLs."""
import hashlib
import os

from flask import Flask, current_app, request
from werkzeug.security import safe_join

ONE_YEAR = 365 * 24 * 60 * 60


class VersionedStaticFlask(Flask):
    def get_send_file_max_age(self, filename):
        # A URL that carries the file's hash can be cached "forever": a new file
        # gets a new URL. Everything else keeps the default (None = revalidate).
        version = request.args.get("v")
        if request.endpoint == "static" and version and version == static_hash(filename):
            return ONE_YEAR
        return super().get_send_file_max_age(filename)


_hashes: dict[tuple[str, int], str] = {}


def static_hash(filename):
    """First 12 hex digits of the file's SHA-256, or None if there is no such file."""
    path = safe_join(current_app.static_folder, filename)
    if path is None or not os.path.isfile(path):
        return None
    key = (path, os.stat(path).st_mtime_ns)  # a changed file is hashed again
    if key not in _hashes:
        with open(path, "rb") as file:
            _hashes[key] = hashlib.sha256(file.read()).hexdigest()[:12]
    return _hashes[key]


def create_app(static_folder):
    app = VersionedStaticFlask(__name__, static_folder=static_folder, static_url_path="/static")

    @app.url_defaults
    def add_static_version(endpoint, values):
        if endpoint == "static" and "filename" in values:
            version = static_hash(values["filename"])
            if version:
                values.setdefault("v", version)  # unknown keys become the query string

    @app.after_request
    def mark_immutable(response):
        if response.cache_control.max_age == ONE_YEAR:
            response.cache_control.immutable = True  # browsers skip revalidation
        return response

    return app
