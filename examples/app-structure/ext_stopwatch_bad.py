"""Anti-pattern: an extension that stores the app on itself."""
from flask import request


class BadStopwatch:
    def __init__(self, app=None):
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        self.app = app  # the last app wins for every app using this instance
        app.config.setdefault("STOPWATCH_ENABLED", True)
        app.after_request(self._stop)

    def _stop(self, response):
        if self.app.config["STOPWATCH_ENABLED"]:  # reads the wrong app's config
            response.headers["Server-Timing"] = f"app;desc={request.endpoint}"
        return response
