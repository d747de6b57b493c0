"""Connection pool settings, and what happens when the server drops a pooled connection."""
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


def create_app(database_uri, **engine_options):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {
        "pool_size": 5,  # connections kept open per process (per engine)
        "max_overflow": 5,  # extra connections allowed under load, closed when returned
        "pool_timeout": 10,  # seconds to wait for a free connection, then TimeoutError
        "pool_recycle": 1800,  # replace connections older than this (seconds) on checkout
        "pool_pre_ping": True,  # test each connection on checkout, reconnect if it is dead
        **engine_options,
    }
    db.init_app(app)

    @app.get("/backend")
    def backend():
        pid = db.session.execute(text("SELECT pg_backend_pid()")).scalar()
        return {"pid": pid}

    return app
