"""Caching a slow view with Flask-Caching 2.5: a backend, a timeout, and the query string."""
from flask import Flask, request
from flask_caching import Cache

cache = Cache()
runs = {"report": 0, "search": 0, "search_broken": 0, "wrong_order": 0}  # real executions


def slow_report():
    return {"orders": 1234, "revenue": 98765}  # imagine a 2-second aggregate query


def create_app(**config):
    app = Flask(__name__)
    app.config.from_mapping(
        CACHE_TYPE="SimpleCache",  # in-process dict: fine for one process or a demo
        CACHE_DEFAULT_TIMEOUT=300,  # seconds, for entries without their own timeout
    )
    app.config.from_mapping(config)
    cache.init_app(app)

    @app.get("/report")
    @cache.cached(timeout=60)  # key: "view//report", i.e. the path only
    def report():
        runs["report"] += 1
        return slow_report()

    @app.get("/search-broken")
    @cache.cached(timeout=60)  # BUG: ?q=... is not part of the key
    def search_broken():
        runs["search_broken"] += 1
        return {"q": request.args.get("q", "")}

    @app.get("/search")
    @cache.cached(timeout=60, query_string=True)  # key includes the sorted query args
    def search():
        runs["search"] += 1
        return {"q": request.args.get("q", "")}

    @cache.cached(timeout=60)  # BUG: above the route, so the route registered the bare function
    @app.get("/wrong-order")
    def wrong_order():
        runs["wrong_order"] += 1
        return {"ok": True}

    return app
