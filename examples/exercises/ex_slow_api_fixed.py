"""After measuring: aggregate in SQL on an indexed column, cache the result, time each request."""
import time

from flask import Flask, g
from flask_caching import Cache
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import event, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
cache = Cache()


class Order(db.Model):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(index=True)
    total: Mapped[int]


def customer_summary_query(customer_id):
    return select(func.count(Order.id), func.coalesce(func.sum(Order.total), 0)).where(
        Order.customer_id == customer_id)


def create_app(database_uri="sqlite://"):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri
    cache.init_app(app, config={"CACHE_TYPE": "SimpleCache"})  # Redis when there are workers
    db.init_app(app)

    with app.app_context():
        @event.listens_for(db.engine, "before_cursor_execute")
        def count_query(conn, cursor, statement, parameters, context, executemany):
            g.queries = g.get("queries", 0) + 1

    @app.before_request
    def start_timer():
        g.started = time.perf_counter()
        g.queries = 0

    @app.after_request
    def server_timing(response):
        elapsed = (time.perf_counter() - g.started) * 1000
        response.headers["Server-Timing"] = (
            f'app;dur={elapsed:.1f}, db;desc="{g.get("queries", 0)} queries"')
        return response

    @app.get("/api/customers/<int:customer_id>/summary")
    @cache.cached(timeout=60)  # keyed by path; stale for up to a minute, by design
    def summary(customer_id):
        count, spent = db.session.execute(customer_summary_query(customer_id)).one()
        return {"orders": count, "spent": spent}

    return app
