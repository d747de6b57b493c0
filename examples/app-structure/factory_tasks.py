"""A feature module: model and views. It imports `db`, never the app."""
from flask import Blueprint, current_app, request
from sqlalchemy.orm import Mapped, mapped_column

from factory_extensions import db


class Task(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]


bp = Blueprint("tasks", __name__, url_prefix="/tasks")


@bp.post("/")
def create_task():
    task = Task(title=request.get_json()["title"])
    db.session.add(task)
    db.session.commit()
    return {"id": task.id, "title": task.title}, 201


@bp.get("/")
def list_tasks():
    tasks = db.session.scalars(db.select(Task).order_by(Task.id))
    # current_app, not an imported `app`: whichever app handles this request
    return {"env": current_app.config["ENV_NAME"], "tasks": [t.title for t in tasks]}
