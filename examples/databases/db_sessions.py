"""How Flask-SQLAlchemy scopes db.session to the app context and cleans it up."""
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
sessions_seen = []  # lets the tests compare the Session objects of two requests


class User(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))


def create_app(database_uri):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri
    db.init_app(app)  # also registers teardown_appcontext -> db.session.remove()

    @app.get("/users/<int:user_id>")
    def show_user(user_id):
        sessions_seen.append(db.session())  # the Session object for this app context
        user = db.get_or_404(User, user_id)
        return {"name": user.name, "connections_in_use": db.engine.pool.checkedout()}

    @app.post("/users/<int:user_id>/rename")
    def rename(user_id):
        db.get_or_404(User, user_id).name = request.form["name"]
        if request.form.get("commit"):
            db.session.commit()
        return {"ok": True}  # no commit: the change is rolled back at teardown

    return app


def create_user_badly(app, name):
    with app.app_context():
        user = User(name=name)
        db.session.add(user)
        db.session.commit()  # expires user's attributes (expire_on_commit=True)
        return user  # its session is removed when the context ends


def create_user(app, name):
    with app.app_context():
        user = User(name=name)
        db.session.add(user)
        db.session.commit()
        return {"id": user.id, "name": user.name}  # read what you need inside the context
