"""Horizontal scaling: any instance can answer any request, because no state that matters
lives inside one process."""
import redis
import sqlalchemy as sa
from flask import Flask, request, session
from flask_caching import Cache

SHARED_DB = {"price": 30}  # stands in for the database every instance uses


def create_app(*, secret_key, cache_config, database_url, redis_url):
    app = Flask(__name__)
    app.config.update(SECRET_KEY=secret_key, **cache_config)
    cache = Cache(app)
    engine = sa.create_engine(database_url, pool_pre_ping=True)
    app.extensions["engine"] = engine

    @app.post("/login/<name>")
    def login(name):
        session["user"] = name  # a signed cookie: any instance with the same key can read it
        return "", 204

    @app.get("/whoami")
    def whoami():
        return {"user": session.get("user")}

    @app.get("/price")
    def price():
        value = cache.get("price")
        if value is None:
            value = SHARED_DB["price"]
            cache.set("price", value, timeout=300)
        return {"price": value}

    @app.put("/price")
    def set_price():
        SHARED_DB["price"] = request.get_json()["price"]
        cache.delete("price")  # only reaches the other instances if the cache is shared
        return "", 204

    @app.get("/readyz")
    def readyz():
        """Readiness for the load balancer: can this instance do useful work right now?"""
        checks = {}
        try:
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            checks["database"] = "ok"
        except sa.exc.OperationalError:
            checks["database"] = "unavailable"
        client = redis.Redis.from_url(redis_url, socket_connect_timeout=0.5, socket_timeout=0.5)
        try:
            client.ping()
            checks["redis"] = "ok"
        except redis.RedisError:
            checks["redis"] = "unavailable"
        finally:
            client.close()
        healthy = all(v == "ok" for v in checks.values())
        return {"checks": checks}, 200 if healthy else 503

    return app
