"""'Working outside of application context': the mistake and the fixes."""
from flask import Flask, current_app


def create_app():
    app = Flask(__name__)
    app.config["REPORT_RECIPIENTS"] = ["ops@example.com"]
    return app


def recipients():
    return current_app.config["REPORT_RECIPIENTS"]  # needs an active app context


def send_report_broken():
    # A cron script calls this: there is no request and nobody pushed a context.
    return f"sending to {recipients()}"


def send_report(app):
    with app.app_context():  # fix 1: push a context around the work
        return f"sending to {recipients()}"


def send_report_explicit(app):
    # fix 2: pass what the function needs instead of reaching for a proxy
    return f"sending to {app.config['REPORT_RECIPIENTS']}"
