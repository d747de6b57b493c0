"""Release engineering: deploy only what passed, the weekly canary, Dependabot, the hashed locks,
and scripts/ standing on its own. The workflows are read as YAML, not run."""
from __future__ import annotations

import ast
import importlib.metadata
import pathlib
import re
import subprocess
import sys

import pytest
import yaml

from scripts import canary
from tests.support import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
REQUIREMENTS = ROOT / "requirements"
# Made-up changes (not real releases) applied to today's lock to make a `pip freeze` listing such as
# the canary's throw-away venv gives: four upgrades (one major), two downgrades (one to a
# pre-release), one package gone and one added. Built from the lock, so relocking never breaks it.
FREEZE_CHANGES = {"Flask": "3.2.0", "Werkzeug": "3.1.10", "mkdocs-material": "9.8.3",
                  "pymdown-extensions": "14.0", "click": "8.4.0", "pytest": "9.2.0rc1",
                  "colorama": None, "brand-new-dependency": "0.1.0"}
# The modules that run while the site builds (mkdocs.yml's hooks and macros, and what they import).
BUILD_MODULES = ("hooks", "macros", "content", "deferred_code", "exports", "sheets", "serving")


@pytest.fixture
def freeze(tmp_path) -> pathlib.Path:
    pins = canary.read_pins((REQUIREMENTS / "test.txt").read_text(encoding="utf-8"))
    names = {canary.canonical(name) for name in FREEZE_CHANGES} - {"brand-new-dependency"}
    assert names <= set(pins), f"the made-up changes name packages the lock no longer has: {names - set(pins)}"
    pins.update({canary.canonical(name): (name, version) for name, version in FREEZE_CHANGES.items()})
    path = tmp_path / "freeze.txt"
    path.write_text("".join(f"{name}=={version}\n" for name, version in pins.values()
                            if version is not None), encoding="utf-8")
    return path


def workflow(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True)   # YAML 1.1 reads the key `on` as the boolean True
    return data


def needs(job: dict) -> set[str]:
    value = job.get("needs", [])
    return {value} if isinstance(value, str) else set(value)


def all_needs(jobs: dict, name: str) -> set[str]:
    """Every job that must succeed before `name` runs, directly or through another job."""
    seen, todo = set(), list(needs(jobs[name]))
    while todo:
        job = todo.pop()
        if job not in seen:
            seen.add(job)
            todo += needs(jobs[job])
    return seen


def steps_run(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job.get("steps", []))


# -- Deploy only what passed ------------------------------------------------------------------

def test_pages_deploys_only_after_the_whole_suite_passed_on_that_commit():
    pages = workflow("pages.yml")
    assert pages["on"]["push"] == {"branches": ["main"]}
    jobs = pages["jobs"]
    assert "test" in needs(jobs["deploy"]) and "test" in all_needs(jobs, "build")
    # The test job is the Tests workflow itself, run on the same commit; it runs .ci/run.
    assert jobs["test"]["uses"] == "./.github/workflows/ci.yml"
    tests = workflow("ci.yml")
    assert "workflow_call" in tests["on"]
    (test_job,) = tests["jobs"].values()
    assert re.search(r"^(\.ci/run|\./scripts/test|scripts/test)\b", steps_run(test_job), re.M)
    assert "3.11" in test_job["container"] and "ubuntu" in test_job["runs-on"]
    # main is tested once, by the Pages workflow; every other push and every pull request by Tests.
    assert tests["on"]["push"] == {"branches-ignore": ["main"]} and "pull_request" in tests["on"]


def test_the_deploy_build_installs_only_the_site_lock_and_builds_strictly():
    build = workflow("pages.yml")["jobs"]["build"]
    run = steps_run(build)
    assert "scripts/bootstrap site" in run and "mkdocs build --strict" in run
    assert "requirements/test.txt" not in run and "scripts/test" not in run


def test_only_the_deploy_job_may_write_and_every_workflow_reads_by_default():
    for path in WORKFLOWS.glob("*.yml"):
        data = workflow(path.name)
        assert data["permissions"] == {"contents": "read"}, path.name
        for name, job in data["jobs"].items():
            granted = job.get("permissions", {})
            if (path.name, name) == ("pages.yml", "deploy"):
                assert granted == {"pages": "write", "id-token": "write"}
            else:
                assert "write" not in granted.values(), (path.name, name)


def test_actions_are_pinned_to_a_major_version():
    for path in WORKFLOWS.glob("*.yml"):
        for job in workflow(path.name)["jobs"].values():
            for step in job.get("steps", []):
                if "uses" in step:
                    assert re.fullmatch(r"actions/[a-z-]+@v\d+", step["uses"]), (path.name, step["uses"])


# -- The canary ---------------------------------------------------------------------------------

def test_the_canary_is_scheduled_weekly_and_can_be_started_by_hand():
    on = workflow("canary.yml")["on"]
    (schedule,) = on["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit()      # once a week
    assert "workflow_dispatch" in on and "push" not in on and "pull_request" not in on


def test_the_canary_never_pushes():
    data = workflow("canary.yml")
    text = (WORKFLOWS / "canary.yml").read_text(encoding="utf-8")
    assert not re.search(r"git\s+push|git\s+commit|create-pull-request|contents:\s*write", text)
    for job in data["jobs"].values():
        assert "permissions" not in job   # only the workflow's contents: read
        for step in job.get("steps", []):
            if step.get("uses", "").startswith("actions/checkout"):   # no token left for a push
                assert step["with"]["persist-credentials"] is False
    script = (ROOT / "scripts" / "canary").read_text(encoding="utf-8")
    assert not re.search(r"git\s+(push|commit)|>\s*requirements/", script)


def test_the_canary_runs_the_local_entry_point_and_the_successor_does_not_block():
    jobs = workflow("canary.yml")["jobs"]
    assert re.search(r"^scripts/canary$", steps_run(jobs["newest"]), re.M)
    assert "continue-on-error" not in jobs["newest"]
    assert jobs["successor"]["continue-on-error"] is True
    assert "scripts/canary --successor" in steps_run(jobs["successor"])


def test_canary_dry_run_prints_the_version_table_without_network(freeze):
    result = subprocess.run(["scripts/canary", "--dry-run", str(freeze)], cwd=ROOT,
                            capture_output=True, text=True, check=True, timeout=60)
    lines = result.stdout.splitlines()
    assert lines[0] == "4 upgraded, 2 downgraded, 1 added, 1 removed (1 major)"
    assert "| **Flask** | 3.1.3 | 3.2.0 | upgraded |" in lines
    assert "| **pymdown-extensions** | 13.1 | 14.0 | upgraded, major |" in lines
    assert "| **pytest** | 9.2.0 | 9.2.0rc1 | downgraded |" in lines
    assert "| colorama | 0.4.6 | - | removed |" in lines
    assert "| brand-new-dependency | - | 0.1.0 | added |" in lines
    assert not any("| mkdocs |" in line for line in lines)      # unchanged packages are left out


def test_canary_help_describes_its_modes():
    result = subprocess.run(["scripts/canary", "--help"], cwd=ROOT, capture_output=True, text=True,
                            check=True, timeout=30)
    for mode in ("--dry-run", "--successor", "GITHUB_STEP_SUMMARY"):
        assert mode in result.stdout


def test_canary_installs_every_top_level_requirement_unpinned_with_its_extras():
    top = canary.top_level([path.read_text() for path in canary.IN_FILES])
    assert {"pagefind[bin]", "psycopg[binary]", "celery[redis]", "mkdocs", "Flask", "pytest"} <= set(top)
    assert not any(re.search(r"[=<>~]|^-", name) for name in top)
    pinned = {canary.canonical(re.match(r"[^\s=\[]+", line)[0])
              for path in canary.IN_FILES for line in path.read_text().splitlines()
              if re.match(r"^[A-Za-z]", line)}
    assert {canary.canonical(re.match(r"[^\[]+", name)[0]) for name in top} == pinned


def test_canary_diff_classifies_every_kind_of_change():
    lock = canary.read_pins("a==1.0 \\\n    --hash=sha256:00\nb==2.0\nc==1.0\nd==3.0\ne==1.0rc1\n")
    new = canary.read_pins("A==1.1\nb==1.9\nc==1.0\nf==0.1\nd==4.0\ne==1.0\n")
    kinds = {c.name: (c.kind, c.major) for c in canary.diff(lock, new, ["A[x]"])}
    assert kinds == {"A": ("upgraded", False), "b": ("downgraded", True), "c": ("unchanged", False),
                     "d": ("upgraded", True), "e": ("upgraded", False), "f": ("added", False)}
    changes = canary.diff(canary.read_pins("g==1\n"), {})
    assert [c.kind for c in changes] == ["removed"]
    assert canary.table([]).startswith("Every package is at its pinned version")


def test_canary_report_says_what_changed_and_what_broke(freeze):
    lock = canary.read_pins((REQUIREMENTS / "test.txt").read_text())
    changes = canary.diff(lock, canary.read_pins(freeze.read_text()), ["Flask"])
    tests_log = ("\x1b[31mFAILED\x1b[0m examples/routing/test_urls.py::test_x - AssertionError: 404\n"
                 "ERROR tests/test_build.py::test_y - ImportError\n1 failed, 1 error in 3.2s\n")
    text = canary.report(changes, 1, "ERROR - Config value 'theme': boom\n", 1, tests_log)
    assert "| **Flask** | 3.1.3 | 3.2.0 | upgraded |" in text
    assert "`mkdocs build --strict`: **failed** (exit 1)" in text and "Config value 'theme': boom" in text
    assert "- `FAILED examples/routing/test_urls.py::test_x - AssertionError: 404`" in text
    assert "- `ERROR tests/test_build.py::test_y - ImportError`" in text
    passed = canary.report(changes, 0, "", 0, "5 passed in 1.0s\n")
    assert "`mkdocs build --strict`: passed" in passed and "## Test suite: passed" in passed
    successor = canary.successor_report("0.1.4", 1, "\x1b[33mWarning:\x1b[0m x\nRuntimeError: no file\n")
    assert "Zensical 0.1.4" in successor and "1 warning(s)" in successor and "RuntimeError: no file" in successor


# -- Dependabot ---------------------------------------------------------------------------------

def test_dependabot_updates_pip_and_actions_weekly_in_one_pull_request_each():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    updates = {u["package-ecosystem"]: u for u in config["updates"]}
    assert set(updates) == {"pip", "github-actions"}
    assert updates["pip"]["directory"] == "/requirements" and updates["github-actions"]["directory"] == "/"
    for update in updates.values():
        assert update["schedule"]["interval"] == "weekly"
        (group,) = update["groups"].values()       # one group that takes every update
        assert group["patterns"] == ["*"]


# -- The hashed locks -----------------------------------------------------------------------------

def lock_entries(path: pathlib.Path) -> dict[str, tuple[str, list[str]]]:
    """{canonical name: (version, [hashes])} of a pip-compile lock with --generate-hashes."""
    entries, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        pin = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", line)
        if pin:
            current = canary.canonical(pin[1])
            entries[current] = (pin[2], [])
        elif current and (digest := re.search(r"--hash=sha256:([0-9a-f]{64})", line)):
            entries[current][1].append(digest[1])
        elif line and not line.startswith((" ", "#")):
            raise AssertionError(f"{path.name}: unexpected line {line!r}")
    return entries


@pytest.mark.parametrize("name", ["site", "test"])
def test_every_pin_in_the_locks_has_hashes_and_matches_the_top_level_pins(name):
    entries = lock_entries(REQUIREMENTS / f"{name}.txt")
    assert entries and all(hashes for version, hashes in entries.values())
    for path in [REQUIREMENTS / "site.in"] + ([REQUIREMENTS / "test.in"] if name == "test" else []):
        for package, version in re.findall(r"^([A-Za-z0-9._-]+)(?:\[[^\]]*\])?==(\S+)", path.read_text(), re.M):
            assert entries[canary.canonical(package)][0] == version, (path.name, package)


def test_the_site_lock_is_the_site_part_of_the_full_lock():
    site, full = lock_entries(REQUIREMENTS / "site.txt"), lock_entries(REQUIREMENTS / "test.txt")
    assert {k: v[0] for k, v in site.items()} == {k: full[k][0] for k in site}
    assert {"mkdocs", "mkdocs-material", "genanki", "pagefind", "pagefind-bin"} <= set(site)
    assert not {"flask", "pytest", "playwright", "sqlalchemy"} & set(site)
    assert "-r site.in" in (REQUIREMENTS / "test.in").read_text()


def test_the_site_lock_has_what_the_build_imports():
    """Every third-party module that the build's modules import comes with requirements/site.txt."""
    site = lock_entries(REQUIREMENTS / "site.txt")
    distributions = importlib.metadata.packages_distributions()
    for module in BUILD_MODULES:
        tree = ast.parse((ROOT / "scripts" / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else []
            for top in {name.split(".")[0] for name in names}:
                if top in sys.stdlib_module_names or top == "scripts" or top == "__future__":
                    continue
                assert any(canary.canonical(d) in site for d in distributions.get(top, [])), (module, top)


def test_bootstrap_installs_the_locks_with_require_hashes():
    script = (ROOT / "scripts" / "bootstrap").read_text(encoding="utf-8")
    assert "--require-hashes" in script
    assert "--no-deps" in script and "pip check" in script   # the lock alone, proven complete
    assert "requirements/test.txt" in script and "requirements/site.txt" in script
    lock = (ROOT / "scripts" / "lock").read_text(encoding="utf-8")
    assert "pip-tools==7.6.2" in lock and "--generate-hashes" in lock
    assert not (ROOT / "requirements.txt").exists() and not (ROOT / "requirements.in").exists()


# -- scripts/ stands on its own ---------------------------------------------------------------

def test_nothing_under_scripts_imports_tests():
    for path in (ROOT / "scripts").rglob("*"):
        if "node_modules" in path.parts or not path.is_file() or path.suffix in (".txt", ".json"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".py":
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.Import):
                    assert not any(a.name.split(".")[0] == "tests" for a in node.names), path
                elif isinstance(node, ast.ImportFrom):
                    assert node.level or (node.module or "").split(".")[0] != "tests", path
            assert not re.search(r"import_module\(\s*['\"]tests", text), path
        else:   # shell scripts: no `python -m tests...`, no sourcing or running files from tests/
            assert not re.search(r"-m\s+tests\b|\btests/\S+\.(py|sh)\b|\btests\.support\b", text), path
