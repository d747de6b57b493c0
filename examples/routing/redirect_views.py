"""redirect(): status codes, Post/Redirect/Get, and the open-redirect trap."""
from urllib.parse import urlsplit

from flask import Flask, redirect, request, url_for

app = Flask(__name__)
MESSAGES: list[str] = []


@app.get("/pricing")
def pricing():
    return "pricing"


@app.get("/go-to-pricing")
def go_to_pricing():
    return redirect(url_for("pricing"))  # no code given: 302 Found in Flask 3.1


@app.get("/old-pricing")
def old_pricing():
    return redirect(url_for("pricing"), code=301)  # moved for good: clients may cache it


@app.post("/messages")
def create_message():
    MESSAGES.append(request.form["text"])
    # Post/Redirect/Get: 303 tells the browser to GET the result page,
    # so a reload does not submit the form again.
    return redirect(url_for("show_message", message_id=len(MESSAGES)), code=303)


@app.get("/messages/<int:message_id>")
def show_message(message_id):
    return MESSAGES[message_id - 1]


@app.route("/echo", methods=["GET", "POST"])
def echo():
    return request.method


@app.post("/bounce/<int:code>")
def bounce(code):
    return redirect(url_for("echo"), code=code)


def is_safe_next(target):
    """Allow only a path on this site: "/dashboard", never "//evil.example"."""
    if not target or any(ord(char) < 32 for char in target):
        return False  # browsers drop tabs/newlines, so "/\t/evil" becomes "//evil"
    target = target.replace("\\", "/")  # browsers treat "\" like "/"
    parts = urlsplit(target)
    return target.startswith("/") and not parts.scheme and not parts.netloc


@app.post("/login")
def login():
    target = request.args.get("next", "")
    if not is_safe_next(target):
        target = url_for("dashboard")
    return redirect(target, code=303)


@app.post("/login-unsafe")
def login_unsafe():
    return redirect(request.args.get("next", "/"), code=303)  # open redirect


@app.get("/dashboard")
def dashboard():
    return "dashboard"
