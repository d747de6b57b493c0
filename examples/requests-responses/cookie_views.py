"""Setting, reading and deleting cookies, and why raw cookies are not trusted."""
from flask import Flask, make_response, request, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "test-only-not-a-secret"
YEAR = 60 * 60 * 24 * 365
FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}


@app.put("/theme/<name>")
def set_theme(name):
    response = make_response({"theme": name})
    response.set_cookie("theme", name, max_age=YEAR, **FLAGS)
    return response


@app.get("/theme")
def get_theme():
    return {"theme": request.cookies.get("theme", "light")}  # a str, or the default


@app.delete("/theme")
def reset_theme():
    response = make_response("", 204)
    # Deleting = setting an expired cookie; path and domain must match the original.
    response.delete_cookie("theme", **FLAGS)
    return response


@app.get("/big")
def big_cookie():
    response = make_response("ok")
    response.set_cookie("history", "x" * 5000)  # over the ~4 kB browsers accept
    return response


@app.get("/admin-unsafe")
def admin_unsafe():
    if request.cookies.get("role") != "admin":  # the client decides this value
        return "forbidden", 403
    return "admin area"


@app.get("/admin")
def admin():
    if session.get("role") != "admin":  # signed cookie: tampering is detected
        return "forbidden", 403
    return "admin area"
