"""What Flask does with an exception that no handler caught."""
from flask import Flask, abort, got_request_exception, request

REPORTED: list[str] = []


def report_to_tracker(sender, exception, **extra):
    REPORTED.append(repr(exception))  # where Sentry & co. hook in


def create_app(**config):
    app = Flask(__name__)
    app.config.update(config)
    got_request_exception.connect(report_to_tracker, app)

    @app.errorhandler(500)
    def server_error(error):
        cause = error.original_exception  # None when the view called abort(500)
        return f"500 page (cause: {type(cause).__name__})", 500

    @app.errorhandler(404)
    def not_found(error):  # a handled HTTP error: trapping does not bypass it
        return "404 page", 404

    @app.get("/divide/<int:n>")
    def divide(n):
        return {"result": 100 / n}

    @app.get("/maintenance")
    def maintenance():
        abort(500)

    @app.get("/search")
    def search():
        return {"q": request.args["q"]}  # missing q: BadRequestKeyError (a 400)

    return app


# A 500 handler that fails is not handled again: the exception reaches the server.
fragile = Flask(__name__)


@fragile.errorhandler(500)
def fragile_handler(error):
    raise RuntimeError("the error page itself is broken")


@fragile.get("/boom")
def fragile_boom():
    raise ValueError("first failure")


# Errors after the view returned (building the response, after_request) skip
# errorhandler(Exception): only a 500 / InternalServerError handler sees them.
late = Flask(__name__)


@late.errorhandler(Exception)
def late_exception(error):
    return "Exception handler", 500


@late.errorhandler(500)
def late_server_error(error):
    return f"500 handler: {type(error.original_exception).__name__}", 500


@late.get("/in-view")
def in_view():
    raise ValueError("raised inside the view")  # the Exception handler gets this one


@late.get("/bad-return")
def bad_return():
    return 42  # TypeError in make_response, after the view
