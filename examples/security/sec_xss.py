"""Reflected XSS: a view that builds HTML by hand, and the escaped versions."""
from flask import Flask, render_template, request, session
from markupsafe import escape

app = Flask(__name__)
app.secret_key = "test-only-key"


@app.get("/hello-unsafe")
def hello_unsafe():
    name = request.args.get("name", "")
    # Anti-pattern: a returned str is sent as text/html, and nothing here escapes it.
    return f"<h1>Hello {name}</h1>"


@app.get("/hello")
def hello():
    name = request.args.get("name", "")
    return render_template("sec_hello.html", name=name)  # .html: autoescaped


@app.get("/hello-inline")
def hello_inline():
    # Fine for a tiny response without a template: escape() each value you insert.
    return f"<h1>Hello {escape(request.args.get('name', ''))}</h1>"


@app.get("/api/hello")
def api_hello():
    return {"greeting": f"Hello {request.args.get('name', '')}"}  # application/json


@app.post("/login")
def login():
    session["user"] = "ada"
    return "ok"
