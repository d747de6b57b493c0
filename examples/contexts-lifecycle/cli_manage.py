"""The built-in click CLI replaces Flask-Script's Manager and manage.py."""
import os

import click
from flask import Flask, current_app
from flask.cli import AppGroup, FlaskGroup, with_appcontext

CONFIGS = {"development": {"DB_NAME": "dev.db"}, "testing": {"DB_NAME": "test.db"}}


def create_app(config_name="development"):
    app = Flask(__name__)
    app.config.update(CONFIGS[config_name], CONFIG_NAME=config_name)
    app.extensions["users"] = []

    @app.cli.command("init-db")  # `flask init-db`; runs inside an app context
    @click.option("--drop", is_flag=True, help="Drop existing tables first.")
    def init_db(drop):
        action = "recreated" if drop else "created"
        click.echo(f"{action} {current_app.config['DB_NAME']}")

    user_cli = AppGroup("user", help="Manage users.")  # `flask user create NAME`

    @user_cli.command("create")
    @click.argument("name")
    def create_user(name):
        current_app.extensions["users"].append(name)
        click.echo(f"created {name} in {current_app.config['CONFIG_NAME']}")

    app.cli.add_command(user_cli)

    @app.shell_context_processor  # names preloaded in `flask shell`
    def shell_names():
        return {"users": app.extensions["users"], "config_name": config_name}

    return app


def app_from_env():
    return create_app(os.environ.get("APP_CONFIG", "development"))


# A custom script, for when `flask --app ...` is not enough: `python cli_manage.py user ...`
@click.group(cls=FlaskGroup, create_app=app_from_env, load_dotenv=False)
def cli():
    """Management commands for the app (the modern manage.py)."""


@click.command("show-db")  # a plain click command outside app.cli needs the decorator
@with_appcontext
def show_db():
    click.echo(current_app.config["DB_NAME"])


cli.add_command(show_db)

if __name__ == "__main__":
    cli()
