from pathlib import Path

import pytest

from cfg_instance import create_app

HERE = Path(__file__).parent


def test_instance_folder_sits_next_to_the_module():
    app = create_app()
    assert Path(app.instance_path) == HERE / "instance"
    assert Path(app.config.root_path) == HERE / "instance"  # instance_relative_config
    assert app.config["DATABASE"] == str(HERE / "instance" / "shop.sqlite")


def test_the_instance_file_overrides_defaults():
    app = create_app()
    assert app.config["SECRET_KEY"] == "local-key-for-this-laptop"
    assert app.config["MAIL_SERVER"] == "localhost"
    with app.open_instance_resource("application.cfg", "r") as f:  # text mode, UTF-8
        assert "MAIL_SERVER" in f.read()


def test_without_an_instance_file_there_is_no_key_and_no_app(tmp_path):
    instance = tmp_path / "var" / "shop-instance"
    with pytest.raises(RuntimeError, match="SECRET_KEY is not set: add it to .*application.cfg"):
        create_app(instance_path=str(instance))  # no SECRET_KEY = "dev" to fall back on
    assert instance.is_dir()  # created by the factory, ready for the file


def test_tests_pass_their_own_config(tmp_path):
    app = create_app({"TESTING": True, "SECRET_KEY": "test-only", "DATABASE": ":memory:"},
                     instance_path=str(tmp_path))
    assert app.testing and app.config["DATABASE"] == ":memory:"
    assert app.config["SECRET_KEY"] == "test-only"  # the instance file was not read
    with pytest.raises(RuntimeError, match="SECRET_KEY is not set"):
        create_app({"TESTING": True}, instance_path=str(tmp_path))  # a test must choose one too
