import dataclasses

import pytest
from celery import shared_task
from kombu.exceptions import EncodeError

from celery_factory import create_app, make_thumbnail

EAGER = {"task_always_eager": True, "result_backend": "cache+memory://"}


@dataclasses.dataclass
class Image:
    id: int


def test_eager_mode_runs_the_task_inline_inside_the_app_context():
    app = create_app({"CELERY": EAGER})
    result = make_thumbnail.delay(7, 200)  # no broker, no worker: runs right here
    assert result.get() == {"image_id": 7, "width": 200,
                            "url": "https://img.example.com/7-200.webp"}


def test_eager_results_are_not_stored_unless_asked():
    client = create_app({"CELERY": EAGER}).test_client()
    response = client.post("/images/7/thumbnail", json={"width": 200})
    assert response.status_code == 202
    with pytest.warns(RuntimeWarning, match="Results are not stored in backend"):
        status = client.get(response.headers["Location"]).json
    assert status == {"state": "PENDING", "ready": False, "value": None,
                      "error": None}  # ran, but not recorded


def test_status_endpoint_with_stored_eager_results():
    client = create_app({"CELERY": {**EAGER, "task_store_eager_result": True}}).test_client()
    location = client.post("/images/7/thumbnail", json={"width": 200}).headers["Location"]
    status = client.get(location).json
    assert status["state"] == "SUCCESS" and status["value"]["width"] == 200


def test_arguments_must_be_json_even_in_eager_mode():
    create_app({"CELERY": EAGER})
    with pytest.raises(EncodeError):  # delay() round-trips args through the serializer
        make_thumbnail.delay(Image(7), 200)
    assert make_thumbnail.delay(7, 200).get()["image_id"] == 7  # pass the id instead


def test_calling_the_task_directly_skips_celery_entirely():
    create_app({"CELERY": EAGER})
    assert make_thumbnail(Image(7), 200)["image_id"] == Image(7)  # a plain function call


def test_config_comes_from_the_flask_config_and_environment(monkeypatch):
    monkeypatch.setenv("FLASK_CELERY__broker_url", "redis://queue.internal:6379/3")
    celery_app = create_app().extensions["celery"]
    assert celery_app.conf.broker_url == "redis://queue.internal:6379/3"
    assert celery_app.conf.task_ignore_result is True
    assert celery_app.conf.result_backend == "redis://localhost:6379/0"


@shared_task(ignore_result=False)
def always_fails():
    raise ValueError("the image is corrupt")


def test_polling_a_failed_task_reports_the_failure_instead_of_raising():
    app = create_app({"CELERY": {**EAGER, "task_store_eager_result": True}})
    result = always_fails.delay()  # eager: the failure is stored, not raised here
    response = app.test_client().get(f"/tasks/{result.id}")
    assert response.status_code == 200  # the poll worked; the task did not
    assert response.json == {"state": "FAILURE", "ready": True, "value": None,
                             "error": "ValueError"}  # the type only: no exception text
