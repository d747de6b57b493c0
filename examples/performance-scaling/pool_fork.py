"""One pool per process: sized, observable, and never inherited across Gunicorn's fork."""
import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

db = SQLAlchemy()


def backend_pid():
    """The PostgreSQL server process behind the connection this session uses."""
    return db.session.execute(text("SELECT pg_backend_pid()")).scalar()


def create_app(database_url=None):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url or os.environ["DATABASE_URL"]
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {
        "pool_size": 5,  # kept open, per process (not per app, not per server)
        "max_overflow": 5,  # opened under bursts, closed when returned
        "pool_timeout": 5,  # seconds to wait for a free connection before failing
        "pool_recycle": 1800,  # replace connections older than 30 minutes
        "pool_pre_ping": True,  # test each connection on checkout
    }
    db.init_app(app)

    with app.app_context():  # import-time database work (warm-up, reflection, create_all)
        app.config["STARTUP_BACKEND"] = backend_pid()  # leaves one open connection in the pool
        db.session.remove()

    @app.get("/")
    def whoami():
        return {"worker": os.getpid(), "backend": backend_pid(),
                "startup_backend": app.config["STARTUP_BACKEND"]}

    @app.get("/pool")
    def pool_status():  # export these as gauges (Prometheus, StatsD) and alert on them
        pool = db.engine.pool
        return {"size": pool.size(), "checked_out": pool.checkedout(),
                "idle": pool.checkedin(), "overflow": pool.overflow()}

    return app
