import os

from flask import render_template

from tpl_caching import create_app


def write_template(folder, text, mtime):
    path = folder / "banner.html"
    path.write_text(text)
    os.utime(path, (mtime, mtime))  # a clearly newer mtime, whatever the file system


def render(app):
    with app.app_context():
        return render_template("banner.html")


def test_compiled_templates_are_cached_per_environment(tmp_path):
    write_template(tmp_path, "v1", mtime=1_000_000)
    env = create_app(tmp_path).jinja_env
    assert env.get_template("banner.html") is env.get_template("banner.html")
    assert env.cache.capacity == 400  # Jinja's default LRU size


def test_without_auto_reload_an_edited_file_is_not_seen(tmp_path):
    write_template(tmp_path, "v1", mtime=1_000_000)
    app = create_app(tmp_path)  # DEBUG off, TEMPLATES_AUTO_RELOAD unset: no reload
    assert app.jinja_env.auto_reload is False
    assert render(app) == "v1"
    write_template(tmp_path, "v2", mtime=2_000_000)
    assert render(app) == "v1"  # until the process restarts


def test_auto_reload_checks_the_file_on_every_render(tmp_path):
    write_template(tmp_path, "v1", mtime=1_000_000)
    app = create_app(tmp_path, auto_reload=True)
    assert render(app) == "v1"
    write_template(tmp_path, "v2", mtime=2_000_000)
    assert render(app) == "v2"


def test_debug_mode_turns_auto_reload_on(tmp_path):
    app = create_app(tmp_path)
    app.debug = True  # the setter also updates jinja_env while the config key is None
    assert app.jinja_env.auto_reload is True


def test_config_set_after_the_environment_exists_is_ignored(tmp_path):
    app = create_app(tmp_path)
    assert app.jinja_env.auto_reload is False  # the environment is created here
    app.config["TEMPLATES_AUTO_RELOAD"] = True  # too late
    assert app.jinja_env.auto_reload is False


def test_bytecode_cache_writes_compiled_code_to_disk(tmp_path):
    (tmp_path / "templates").mkdir()
    write_template(tmp_path / "templates", "v1", mtime=1_000_000)
    (tmp_path / "bytecode").mkdir()
    app = create_app(tmp_path / "templates", bytecode_dir=str(tmp_path / "bytecode"))
    assert render(app) == "v1"
    assert [p.name.startswith("__jinja2_") for p in (tmp_path / "bytecode").iterdir()] == [True]


def test_templates_compile_to_python_source(tmp_path):
    source = create_app(tmp_path).jinja_env.compile("Hello {{ name }}!", raw=True)
    assert "def root(context" in source  # a generator function that yields the pieces
    assert "yield 'Hello '" in source
