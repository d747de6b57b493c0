"""flask.g: per-context storage for a lazily opened connection and the current user."""
import sqlite3

from flask import Flask, abort, g, request

app = Flask(__name__)
app.config["DATABASE"] = "file:g_demo?mode=memory&cache=shared"
opened = []  # lets the tests count connections


def get_db():
    if "db" not in g:  # first use in this context: open, then reuse
        g.db = sqlite3.connect(app.config["DATABASE"], uri=True)
        opened.append(g.db)
    return g.db


@app.teardown_appcontext
def close_db(error):
    db = g.pop("db", None)  # pop: the handler may run when get_db was never called
    if db is not None:
        db.close()


def load_user():
    if "user" not in g:  # computed once per request, however many callers ask
        row = get_db().execute(
            "SELECT name FROM users WHERE token = ?", (request.headers.get("X-Token"),)
        ).fetchone()
        g.user = row[0] if row else None
    return g.user


@app.get("/me")
def me():
    if load_user() is None:
        abort(401)
    return {"user": load_user(), "connections_opened": len(opened)}


@app.get("/counter")
def counter():
    g.hits = g.get("hits", 0) + 1  # g starts empty for every request
    return {"hits": g.hits}


def init_db():
    with app.app_context():  # g works in any app context, not only in requests
        db = get_db()
        db.execute("CREATE TABLE IF NOT EXISTS users (token TEXT, name TEXT)")
        db.execute("DELETE FROM users")
        db.execute("INSERT INTO users VALUES ('t-ada', 'ada')")
        db.commit()
