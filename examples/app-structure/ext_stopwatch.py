"""A small extension written the way Flask extensions are expected to be."""
import time

from flask import current_app, g, request


class Stopwatch:
    """Adds a Server-Timing header and remembers slow endpoints, per app."""

    def __init__(self, app=None, *, clock=time.perf_counter):
        self.clock = clock  # per-extension-instance setting
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        # Per-app settings live in app.config, prefixed with the extension's name.
        app.config.setdefault("STOPWATCH_ENABLED", True)
        app.config.setdefault("STOPWATCH_SLOW_MS", 500)
        # Per-app state lives in app.extensions, never in self.app.
        app.extensions["stopwatch"] = {"slow": []}
        app.before_request(self._start)
        app.after_request(self._stop)

    def _start(self):
        g._stopwatch_start = self.clock()  # g is shared: use a prefixed name

    def _stop(self, response):
        config = current_app.config  # whichever app is handling this request
        if config["STOPWATCH_ENABLED"] and "_stopwatch_start" in g:
            ms = (self.clock() - g._stopwatch_start) * 1000
            response.headers["Server-Timing"] = f"app;dur={ms:.0f}"
            if ms >= config["STOPWATCH_SLOW_MS"]:
                self.slow_endpoints.append(request.endpoint)
        return response

    @property
    def slow_endpoints(self):
        return current_app.extensions["stopwatch"]["slow"]
