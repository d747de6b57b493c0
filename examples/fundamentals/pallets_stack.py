"""One small app that leans on each library `pip install Flask` brings in."""
import click  # Click: the `flask` command and app.cli commands
from flask import Flask, render_template_string, request, session
from flask.signals import request_finished  # Blinker: signals

app = Flask(__name__)
app.secret_key = "dev-only-change-me"  # ItsDangerous signs the session cookie with this

statuses = []


@request_finished.connect_via(app)
def remember_status(sender, response, **extra):
    statuses.append(response.status_code)


@app.route("/visit")  # Werkzeug: URL routing, request/response objects, test client
def visit():
    session["visits"] = session.get("visits", 0) + 1
    # Jinja renders; MarkupSafe escapes the untrusted `who` value
    return render_template_string(
        "<p>{{ who }} has visited {{ visits }} times</p>",
        who=request.args.get("who", "someone"),
        visits=session["visits"],
    )


@app.cli.command("greet")
@click.argument("name")
def greet(name):
    click.echo(f"Hello, {name}!")
