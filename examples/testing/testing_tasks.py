"""A task API built with an app factory; test_testing_tasks.py shows the fixtures."""
import hmac

import click
from flask import Flask, request, url_for
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

db = SQLAlchemy()


class Task(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(default=False)


def normalize_title(raw: object) -> str:
    """Pure logic: unit-tested without an app."""
    title = " ".join(str(raw).split())
    if not 1 <= len(title) <= 200:
        raise ValueError("title must be 1 to 200 characters")
    return title


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(SQLALCHEMY_DATABASE_URI="sqlite:///tasks.db", API_TOKEN=None)
    app.config.update(config or {})
    db.init_app(app)

    @app.before_request
    def require_token():
        expected = f"Bearer {app.config['API_TOKEN']}"
        sent = request.headers.get("Authorization", "")
        if not app.config["API_TOKEN"] or not hmac.compare_digest(sent, expected):
            return {"error": "unauthorized"}, 401, {"WWW-Authenticate": "Bearer"}

    @app.errorhandler(404)
    def not_found(error):
        return {"error": "not found"}, 404

    @app.post("/tasks")
    def create_task():
        data = request.get_json(silent=True)
        try:
            title = normalize_title(data.get("title", "") if isinstance(data, dict) else "")
        except ValueError as error:
            return {"error": str(error)}, 400
        task = Task(title=title)
        db.session.add(task)
        db.session.commit()
        return {"id": task.id, "title": task.title, "done": task.done}, 201, {
            "Location": url_for("show_task", task_id=task.id)}

    @app.get("/tasks/<int:task_id>")
    def show_task(task_id):
        task = db.get_or_404(Task, task_id)
        return {"id": task.id, "title": task.title, "done": task.done}

    @app.cli.command("init-db")
    def init_db():
        """Create the tables."""
        db.create_all()
        click.echo("Initialized the database.")

    return app
