"""Two Flask apps in one process, mounted with DispatcherMiddleware."""
from flask import Flask, current_app, request, session, url_for
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from werkzeug.middleware.dispatcher import DispatcherMiddleware


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)  # one extension object, bound to both apps


class Visit(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)


def count_visit():
    db.session.add(Visit())
    db.session.commit()
    return db.session.scalar(db.select(db.func.count(Visit.id)))


def create_site(**config):
    app = Flask(__name__)
    app.config.update(SECRET_KEY="site-key", APP_LABEL="site",
                      SQLALCHEMY_DATABASE_URI="sqlite://", **config)
    db.init_app(app)  # engines and sessions are kept per app by the extension

    @app.get("/")
    def home():
        session["seen"] = session.get("seen", 0) + 1
        return {"app": current_app.config["APP_LABEL"], "visits": count_visit(),
                "seen": session["seen"]}

    with app.app_context():
        db.create_all()
    return app


def create_api(**config):
    app = Flask(__name__)
    app.config.update(SECRET_KEY="api-key", APP_LABEL="api",
                      SQLALCHEMY_DATABASE_URI="sqlite://", **config)
    db.init_app(app)

    @app.get("/status")
    def status():
        session["calls"] = session.get("calls", 0) + 1
        return {"app": current_app.config["APP_LABEL"], "visits": count_visit(),
                "self": url_for("status"), "script_root": request.script_root}

    with app.app_context():
        db.create_all()
    return app


def create_combined(api_cookie_path=None):
    site = create_site()
    api_config = {"SESSION_COOKIE_PATH": api_cookie_path} if api_cookie_path else {}
    api = create_api(**api_config)
    # Keep `site` as the Flask object and wrap its WSGI callable: /api/* goes to `api`.
    site.wsgi_app = DispatcherMiddleware(site.wsgi_app, {"/api": api})
    return site, api
