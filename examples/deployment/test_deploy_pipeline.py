"""The Dockerfile is linted by hadolint and checked against the files it ships; the pinned
requirements match what the tests ran; the CI workflow has the steps the answer describes."""
import importlib.metadata
import json
import pathlib
import re
import subprocess
import sys

import yaml
from packaging.requirements import Requirement

from deploy_app import create_app

HERE = pathlib.Path(__file__).parent
HADOLINT = pathlib.Path(sys.executable).parent / "hadolint"


def hadolint(path):
    result = subprocess.run([HADOLINT, "--format", "json", path],
                            capture_output=True, text=True, check=False)
    return [finding["code"] for finding in json.loads(result.stdout)]


def test_hadolint_finds_nothing_in_the_dockerfile():
    assert hadolint(HERE / "Dockerfile") == []


def test_hadolint_flags_the_usual_mistakes(tmp_path):
    naive = tmp_path / "Dockerfile"
    naive.write_text("FROM python:latest\n"
                     "COPY . /app\n"
                     "RUN pip install -r /app/requirements-prod.txt\n"
                     "CMD gunicorn -c gunicorn_conf.py deploy_wsgi:app\n")
    # Unpinned base image, pip cache kept in the layer, shell-form CMD (sh is PID 1 and
    # does not pass SIGTERM on, so Gunicorn never shuts down gracefully).
    assert hadolint(naive) == ["DL3007", "DL3042", "DL3025"]


def test_the_image_ships_the_files_and_command_shown_on_this_page():
    dockerfile = (HERE / "Dockerfile").read_text()
    final_stage = dockerfile.rsplit("\nFROM ", 1)[1]
    copied = re.search(r"^COPY (?!--from)(.+) \./$", final_stage, re.M)[1].split()
    assert all((HERE / name).is_file() for name in copied)
    cmd = json.loads(re.search(r"^CMD (\[.+\])$", final_stage, re.M)[1])
    assert cmd == ["gunicorn", "-c", "gunicorn_conf.py", "deploy_wsgi:app"]
    assert {"gunicorn_conf.py", "deploy_wsgi.py"} <= set(copied)
    assert re.search(r"^USER 10001:10001$", final_stage, re.M)      # not root
    assert "http://127.0.0.1:8000/healthz" in final_stage


def pinned():
    lines = (HERE / "requirements-prod.txt").read_text().splitlines()
    return [Requirement(line) for line in lines if line and not line.startswith("#")]


def test_requirements_pin_the_versions_the_tests_ran_against():
    for requirement in pinned():
        (spec,) = requirement.specifier
        assert spec.operator == "=="
        assert importlib.metadata.version(requirement.name) == spec.version, requirement.name


def test_requirements_include_every_dependency():
    names = {requirement.name.lower().replace("_", "-") for requirement in pinned()}
    for requirement in pinned():
        extras = requirement.extras or {""}
        for dependency in map(Requirement, importlib.metadata.requires(requirement.name) or []):
            marker = dependency.marker
            if marker is None or any(marker.evaluate({"extra": e}) for e in extras):
                assert dependency.name.lower().replace("_", "-") in names, (requirement, dependency)


def test_the_pipeline_tests_builds_deploys_and_rolls_back():
    workflow = yaml.safe_load((HERE / "ci_pipeline.yml").read_text())
    # YAML 1.1 reads the key `on` as the boolean True; GitHub reads it as "on".
    assert workflow[True] == {"push": {"branches": ["main"]}, "pull_request": None}
    jobs = workflow["jobs"]
    assert [jobs[name].get("needs") for name in jobs] == [None, "test", "build", "staging"]
    assert "${{ github.sha }}" in workflow["env"]["IMAGE"]              # immutable tag, no :latest
    test_steps = " ".join(step.get("run", "") for step in jobs["test"]["steps"])
    assert "hadolint Dockerfile" in test_steps and "pytest -W error" in test_steps
    assert jobs["production"]["environment"] == "production"
    for name in ("staging", "production"):
        steps = jobs[name]["steps"]
        runs = [step.get("run", "") for step in steps]
        order = ["--check-config", "kubectl set image", "rollout status", "/readyz",
                 "rollout undo"]
        positions = [next(i for i, run in enumerate(runs) if marker in run) for marker in order]
        assert positions == sorted(positions), name
        assert steps[-1]["if"] == "failure()"                             # rollback only on failure


def test_every_flask_command_the_pipeline_runs_exists_in_the_deployed_app():
    runs = " ".join(step.get("run", "") for job in yaml.safe_load(
        (HERE / "ci_pipeline.yml").read_text())["jobs"].values() for step in job["steps"])
    app = create_app()
    available = {"run", "shell", "routes"} | set(app.cli.commands)  # built-ins + the app's own
    missing = set(re.findall(r"flask --app deploy_wsgi (\S+)", runs)) - available
    assert not missing, f"the pipeline runs flask commands this app lacks: {missing}"
    assert "db" not in app.cli.commands  # no Flask-Migrate here, so no `flask db upgrade`
