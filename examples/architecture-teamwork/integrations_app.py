"""Wiring outside systems into a factory: each one configured from app.config,
created once per app, reached through current_app - never a module-level client."""
import redis
from flask import Flask, current_app
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import func, select
from sqlalchemy.orm import Mapped, mapped_column

db = SQLAlchemy()


class Article(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]


class RedisExtension:
    """The init_app pattern for a client that has no Flask extension of its own."""

    def __init__(self, app=None):
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        app.config.setdefault("REDIS_URL", "redis://localhost:6379/0")
        # The client is lazy: no connection is opened until the first command.
        app.extensions["redis"] = redis.Redis.from_url(app.config["REDIS_URL"],
                                                       decode_responses=True)

    @property
    def client(self) -> redis.Redis:
        return current_app.extensions["redis"]


cache = RedisExtension()


def create_app(**config):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///articles.db"
    app.config.update(config)  # tests override any of it
    db.init_app(app)
    cache.init_app(app)

    @app.get("/stats")
    def stats():
        cached = cache.client.get("stats:articles")
        if cached is not None:
            return {"articles": int(cached), "source": "redis"}
        count = db.session.scalar(select(func.count()).select_from(Article))
        cache.client.set("stats:articles", count, ex=60)  # expire: stale data heals itself
        return {"articles": count, "source": "database"}

    return app
