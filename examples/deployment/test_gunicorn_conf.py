import json
import os
import pathlib
import runpy
import urllib.request

HERE = pathlib.Path(__file__).parent
CONF = str(HERE / "gunicorn_conf.py")
TUNABLES = ["GUNICORN_BIND", "WEB_CONCURRENCY", "GUNICORN_WORKER_CLASS", "GUNICORN_THREADS",
            "GUNICORN_TIMEOUT", "GUNICORN_GRACEFUL_TIMEOUT", "GUNICORN_KEEPALIVE",
            "GUNICORN_MAX_REQUESTS", "GUNICORN_MAX_REQUESTS_JITTER", "FORWARDED_ALLOW_IPS"]


def load(monkeypatch, **env):
    for name in TUNABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(CONF)


def test_defaults(monkeypatch):
    conf = load(monkeypatch)
    assert conf["bind"] == "0.0.0.0:8000"
    assert conf["workers"] == 2 * os.cpu_count() + 1
    assert (conf["worker_class"], conf["threads"]) == ("gthread", 4)
    assert (conf["timeout"], conf["graceful_timeout"]) == (30, 25)
    assert (conf["max_requests"], conf["max_requests_jitter"]) == (1000, 100)
    assert conf["forwarded_allow_ips"] == "127.0.0.1"
    assert conf["accesslog"] == "-" and conf["logconfig_dict"]["root"]["handlers"] == ["stdout"]


def test_every_tunable_comes_from_the_environment(monkeypatch):
    conf = load(monkeypatch, WEB_CONCURRENCY="3", GUNICORN_WORKER_CLASS="sync",
                GUNICORN_THREADS="1", GUNICORN_TIMEOUT="60", FORWARDED_ALLOW_IPS="10.0.0.0/8")
    assert (conf["workers"], conf["worker_class"], conf["threads"]) == (3, "sync", 1)
    assert conf["timeout"] == 60 and conf["forwarded_allow_ips"] == "10.0.0.0/8"


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, json.load(response)


def test_gunicorn_serves_the_production_entry_point(gunicorn, postgres_url):
    base = gunicorn("deploy_wsgi:app", cwd=HERE, config=CONF, env={
        "WEB_CONCURRENCY": "2",
        "APP_SECRET_KEY": "k" * 48,
        "APP_DATABASE_URL": postgres_url,       # a real PostgreSQL server
        "APP_VERSION": "3f9c2e1",
    })
    assert get(base + "/healthz") == (200, {"status": "ok", "version": "3f9c2e1"})
    assert get(base + "/readyz") == (200, {"status": "ready", "database": "ok"})
    messages = [json.loads(line)["message"] for line in gunicorn.output().splitlines()]
    assert "Using worker: gthread" in messages
    assert len([m for m in messages if m.startswith("Booting worker")]) == 2
