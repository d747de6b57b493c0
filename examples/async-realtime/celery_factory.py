"""Celery inside an application factory: the celery_init_app pattern from Flask's docs."""
from celery import Celery, Task, shared_task
from celery.result import AsyncResult
from flask import Flask, current_app, request, url_for


def celery_init_app(app):
    class FlaskTask(Task):
        def __call__(self, *args, **kwargs):
            with app.app_context():  # every task body runs inside this app's context
                return self.run(*args, **kwargs)

    celery_app = Celery(app.name, task_cls=FlaskTask)
    celery_app.config_from_object(app.config["CELERY"])
    celery_app.set_default()  # what @shared_task tasks use when they are called
    app.extensions["celery"] = celery_app
    return celery_app


@shared_task(ignore_result=False)  # a task that has a result worth storing
def make_thumbnail(image_id, width):
    bucket = current_app.config["IMAGE_BUCKET"]  # works: FlaskTask pushed the app context
    return {"image_id": image_id, "width": width, "url": f"https://{bucket}/{image_id}-{width}.webp"}


def create_app(test_config=None):
    app = Flask(__name__)
    app.config.from_mapping(
        IMAGE_BUCKET="img.example.com",
        CELERY={
            "broker_url": "redis://localhost:6379/0",
            "result_backend": "redis://localhost:6379/0",
            "task_ignore_result": True,  # store results only for tasks that ask for it
        },
    )
    app.config.from_prefixed_env()  # e.g. FLASK_CELERY__broker_url=redis://queue:6379/0
    if test_config:
        app.config.update(test_config)
    celery_init_app(app)

    @app.post("/images/<int:image_id>/thumbnail")
    def start_thumbnail(image_id):
        result = make_thumbnail.delay(image_id, request.get_json()["width"])  # ids, not objects
        return {"task_id": result.id}, 202, {"Location": url_for("task_status", task_id=result.id)}

    @app.get("/tasks/<task_id>")
    def task_status(task_id):
        result = AsyncResult(task_id)
        failed = result.failed()  # result.get() would re-raise the task's exception: a 500
        return {"state": result.state, "ready": result.ready(),
                "value": result.result if result.successful() else None,
                "error": type(result.result).__name__ if failed else None}  # no traceback text

    return app
