from pathlib import Path

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


def test_a_missing_instance_file_is_fine_with_silent(tmp_path):
    app = create_app(instance_path=str(tmp_path / "var" / "shop-instance"))
    assert app.config["SECRET_KEY"] == "dev"
    assert (tmp_path / "var" / "shop-instance").is_dir()  # created by the factory


def test_tests_pass_their_own_config(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": ":memory:"}, instance_path=str(tmp_path))
    assert app.testing and app.config["DATABASE"] == ":memory:"
    assert app.config["SECRET_KEY"] == "dev"  # the instance file was not read
