"""The pre-2.0 style that older tutorials teach: still runs on Flask-SQLAlchemy 3.1, but legacy."""
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()  # no model_class: db.Model is built on the legacy declarative_base


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)  # untyped: type checkers see Column, not int
    name = db.Column(db.String(80), nullable=False)
    # backref: the reverse Post.author is created at mapper configuration, invisible to readers
    # lazy="dynamic": user.posts is a legacy Query object, never a list
    posts = db.relationship("Post", backref="author", lazy="dynamic")


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    user_id = db.Column(db.Integer, db.ForeignKey("user.id"), nullable=False)


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    db.init_app(app)
    return app
