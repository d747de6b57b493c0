import subprocess
import sys

from factory_app import create_app
from factory_tasks import Task, bp


def test_blueprint_and_model_are_defined_without_an_app():
    assert bp.name == "tasks" and bp.url_prefix == "/tasks"
    assert Task.__tablename__ == "task"


def test_views_use_whichever_app_handles_the_request():
    for name in ("development", "testing"):
        client = create_app(name).test_client()
        assert client.post("/tasks/", json={"title": "x"}).json == {"id": 1, "title": "x"}
        assert client.get("/tasks/").json == {"env": name, "tasks": ["x"]}


def test_feature_module_does_not_import_the_app_module():
    # No circular import: the blueprint module only needs the extension object.
    code = "import sys, factory_tasks; print('factory_app' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=__file__.rsplit("/", 1)[0], timeout=60)
    assert result.stdout.strip() == "False", result.stderr
