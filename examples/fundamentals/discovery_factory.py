import click
from flask import Flask, current_app


def create_app(config_name="production"):  # no module-level `app`: the CLI calls this
    app = Flask(__name__)
    app.config["CONFIG_NAME"] = config_name

    @app.route("/")
    def index():
        return f"running with the {config_name} config"

    @app.cli.command("config-name")
    def config_name_command():
        """Print which config the factory was called with."""
        click.echo(current_app.config["CONFIG_NAME"])

    return app
