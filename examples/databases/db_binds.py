"""Several databases in one app: SQLALCHEMY_BINDS and __bind_key__."""
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Order(db.Model):  # no bind key: SQLALCHEMY_DATABASE_URI
    id: Mapped[int] = mapped_column(primary_key=True)
    total: Mapped[int]


class PageView(db.Model):
    __bind_key__ = "analytics"  # stored in the "analytics" database
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(200))


class AnalyticsOrder(db.Model):
    __bind_key__ = "analytics"
    __tablename__ = "order"  # same table name as Order: allowed, separate MetaData per bind
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))


def create_app(main_uri, analytics_uri):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = main_uri
    app.config["SQLALCHEMY_BINDS"] = {
        # a URL, or a dict of create_engine() options with a "url" key
        "analytics": {"url": analytics_uri, "pool_pre_ping": True},
    }
    db.init_app(app)
    return app
