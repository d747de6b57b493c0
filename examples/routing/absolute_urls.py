"""Absolute URLs: inside a request, in a CLI command, in a background job, behind a proxy."""
import click
from flask import Flask, url_for
from werkzeug.middleware.proxy_fix import ProxyFix


def create_app(config=None, behind_proxy=False):
    app = Flask(__name__)
    app.config.update(config or {})

    @app.get("/invoices/<int:invoice_id>")
    def invoice(invoice_id):
        # In a request, host and scheme come from the request (or SERVER_NAME).
        return {"self": url_for("invoice", invoice_id=invoice_id, _external=True)}

    @app.cli.command("invoice-link")
    @click.argument("invoice_id", type=int)
    def invoice_link(invoice_id):
        # No request here, only an app context: external by default, needs SERVER_NAME.
        click.echo(url_for("invoice", invoice_id=invoice_id))

    if behind_proxy:
        # Trust one proxy hop for X-Forwarded-Proto and X-Forwarded-Host.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_proto=1, x_host=1)
    return app


def invoice_email(app, invoice_id):
    """What a background job runs: push an app context, then build the link."""
    with app.app_context():
        return f"Your invoice: {url_for('invoice', invoice_id=invoice_id)}"


PRODUCTION = {
    "SERVER_NAME": "billing.example.com",
    "APPLICATION_ROOT": "/app",
    "PREFERRED_URL_SCHEME": "https",
}
