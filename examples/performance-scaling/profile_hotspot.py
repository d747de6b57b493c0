"""Profile first: Werkzeug's ProfilerMiddleware writes one cProfile file per request."""
import sqlite3

from flask import Flask, g
from werkzeug.middleware.profiler import ProfilerMiddleware

ORDERS = [{"id": n, "category_id": n % 5} for n in range(500)]


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(":memory:")
        g.db.execute("CREATE TABLE category (id INTEGER PRIMARY KEY, name TEXT)")
        g.db.executemany("INSERT INTO category VALUES (?, ?)",
                         [(n, f"Category {n}") for n in range(5)])
    return g.db


def category_name(category_id):  # one query per call
    return get_db().execute("SELECT name FROM category WHERE id = ?",
                            (category_id,)).fetchone()[0]


def create_app(profile_dir=None):
    app = Flask(__name__)

    @app.teardown_appcontext
    def close_db(exc):
        db = g.pop("db", None)
        if db is not None:
            db.close()

    @app.get("/orders-slow")
    def orders_slow():  # a query per row: 500 queries
        return [{"id": o["id"], "category": category_name(o["category_id"])} for o in ORDERS]

    @app.get("/orders")
    def orders():  # a query per distinct category: 5 queries
        names = {cid: category_name(cid) for cid in {o["category_id"] for o in ORDERS}}
        return [{"id": o["id"], "category": names[o["category_id"]]} for o in ORDERS]

    if profile_dir:  # development or a staging box, never on every production request
        app.wsgi_app = ProfilerMiddleware(
            app.wsgi_app,
            profile_dir=profile_dir,  # GET.orders-slow.<ms>ms.<time>.prof per request
            stream=None,  # don't also print the stats table on stdout
        )
    return app
