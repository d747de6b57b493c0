"""Fixed: an int converter, db.get_or_404() and a to_dict() the model really has."""
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class User(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))

    def to_dict(self):
        return {"id": self.id, "name": self.name}


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    db.init_app(app)

    @app.get("/users/<int:user_id>")
    def get_user(user_id):
        user = db.get_or_404(User, user_id, description="No such user")
        return user.to_dict()

    @app.errorhandler(404)
    def not_found(error):
        return {"error": error.description}, 404

    return app
