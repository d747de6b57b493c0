import click
from flask import Flask, current_app


def create_app():
    app = Flask(__name__)  # app.debug starts from FLASK_DEBUG, read here

    @app.route("/divide/<int:a>/<int:b>")
    def divide(a, b):
        api_key = "s3cr3t"  # a local the debugger console can read
        return {"result": a / b, "key_used": bool(api_key)}

    @app.cli.command("show-debug")
    def show_debug():
        """Print whether debug mode is on for this command."""
        click.echo(f"debug={current_app.debug}")

    return app
