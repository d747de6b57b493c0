"""Tracing a production 500: a request ID in the logs, the response and the error page."""
import logging
import re
import uuid

from flask import Flask, g, has_request_context, render_template, request

VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9-]{8,64}")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = g.get("request_id", "-") if has_request_context() else "-"
        return True  # only adds data, never drops a record


request_id_filter = RequestIdFilter()


def create_app():
    app = Flask(__name__)
    app.logger.addFilter(request_id_filter)  # also covers Flask's own "Exception on ..." record

    @app.before_request
    def assign_request_id():
        # Reuse the proxy's ID so nginx, Flask and the client logs line up, but only
        # if it looks like an ID: the header is client input and ends up in the logs.
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if VALID_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex

    @app.after_request
    def expose_request_id(response):
        response.headers["X-Request-ID"] = g.request_id  # also set on 500 responses
        return response

    @app.errorhandler(500)
    def server_error(error):
        page = render_template("errors_page.html", code=500, name="Internal Server Error",
                               message="Something went wrong on our side.",
                               error_id=g.request_id)
        return page, 500

    @app.get("/")
    def home():
        return "shop"

    @app.get("/invoices/<int:invoice_id>")
    def invoice(invoice_id):
        app.logger.info("rendering invoice %s", invoice_id)
        if invoice_id == 13:
            raise RuntimeError("PDF renderer timed out")  # only happens in production...
        return {"invoice": invoice_id}

    return app
