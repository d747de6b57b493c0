"""url_for() builds a URL; redirect() builds a 3xx response that points to one."""
from flask import Flask, redirect, session, url_for

app = Flask(__name__)
app.config["SECRET_KEY"] = "test-only-not-a-secret"


@app.get("/login")
def login():
    return "login page"


@app.get("/dashboard")
def dashboard():
    if "user_id" not in session:
        # url_for gives "/login?next=/dashboard"; redirect wraps it in a 302 response.
        return redirect(url_for("login", next=url_for("dashboard")))
    return "dashboard"


@app.get("/old-dashboard")
def old_dashboard():
    return redirect(url_for("dashboard"), code=301)  # retired URL: moved for good
