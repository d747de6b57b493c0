import importlib
import sys


def test_wsgi_module_builds_the_production_app(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    sys.modules.pop("factory_wsgi", None)
    wsgi = importlib.import_module("factory_wsgi")
    assert wsgi.app.config["ENV_NAME"] == "production"
    assert wsgi.app.secret_key == "from-the-environment"
