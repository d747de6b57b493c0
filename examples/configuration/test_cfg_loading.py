import json
import tomllib
from pathlib import Path

import pytest
from flask import Flask

from cfg_loading import create_app

HERE = Path(__file__).parent


def test_object_then_toml(monkeypatch):
    monkeypatch.delenv("SHOP_SETTINGS", raising=False)
    config = create_app().config
    assert config["ITEMS_PER_PAGE"] == 50  # the TOML file overrode the class
    assert config["MAIL_SERVER"] == "localhost"  # only the class sets it
    assert config["MAIL"] == {"SERVER": "smtp.example.com", "PORT": 587, "USE_TLS": True}
    assert config["PERMANENT_SESSION_LIFETIME"] == 3600
    assert "retries" not in config and "debug_notes" not in config


def test_envvar_points_to_a_python_file(monkeypatch):
    monkeypatch.setenv("SHOP_SETTINGS", str(HERE / "cfg_production.cfg"))
    monkeypatch.delenv("SHOP_ITEMS_PER_PAGE", raising=False)  # the file's own fallback applies
    config = create_app().config
    assert config["MAIL_SERVER"] == "mail.internal"
    assert config["ITEMS_PER_PAGE"] == 100  # loaded last, so it wins
    assert "os" not in config  # the imported module is lower case: skipped


def test_permanent_session_lifetime_int_is_seconds(monkeypatch):
    monkeypatch.delenv("SHOP_SETTINGS", raising=False)
    assert create_app().permanent_session_lifetime.total_seconds() == 3600


def test_from_object_accepts_an_import_string():
    app = Flask(__name__)
    app.config.from_object("cfg_loading.Defaults")
    assert app.config["ITEMS_PER_PAGE"] == 20


def test_json_goes_through_from_file(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"ITEMS_PER_PAGE": 5}))
    app = Flask(__name__)
    assert not hasattr(app.config, "from_json")  # removed in Flask 2.1
    app.config.from_file(tmp_path / "settings.json", load=json.load)
    assert app.config["ITEMS_PER_PAGE"] == 5


def test_toml_in_text_mode_fails():
    app = Flask(__name__, root_path=str(HERE))
    with pytest.raises(TypeError, match="binary mode"):
        app.config.from_file("cfg_settings.toml", load=tomllib.load)  # text=False forgotten


def test_missing_files(monkeypatch, tmp_path):
    app = Flask(__name__)
    assert app.config.from_pyfile(tmp_path / "absent.cfg", silent=True) is False
    with pytest.raises(FileNotFoundError, match="Unable to load configuration file"):
        app.config.from_pyfile(tmp_path / "absent.cfg")
    monkeypatch.delenv("SHOP_SETTINGS", raising=False)
    with pytest.raises(RuntimeError, match="'SHOP_SETTINGS' is not set"):
        app.config.from_envvar("SHOP_SETTINGS")
