"""Endpoints: the names url_for uses, and how add_url_rule connects them to views."""
import functools

from flask import Flask

app = Flask(__name__)


# One view, two rules, one endpoint ("list_users").
@app.route("/users/", defaults={"page": 1})
@app.route("/users/page/<int:page>")
def list_users(page):
    return f"users, page {page}"


# What @app.route does underneath: rule + endpoint name + view function.
def health():
    return "ok"


app.add_url_rule("/healthz", endpoint="health_check", view_func=health)


# Anti-pattern: without functools.wraps every decorated view is called "wrapper".
def audited_without_wraps(view):
    def wrapper(*args, **kwargs):
        return view(*args, **kwargs)

    return wrapper


# Fix: functools.wraps copies __name__, so each view keeps its own endpoint.
def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        return view(*args, **kwargs)

    return wrapper


@app.get("/account")
@audited
def account():
    return "account"


@app.get("/billing")
@audited
def billing():
    return "billing"
