"""How Jinja caches compiled templates, and what TEMPLATES_AUTO_RELOAD changes."""
from flask import Flask
from jinja2 import FileSystemBytecodeCache


def create_app(template_folder, auto_reload=None, bytecode_dir=None):
    app = Flask(__name__, template_folder=template_folder)
    if auto_reload is not None:
        # Read once, when app.jinja_env is created; None means "follow DEBUG".
        app.config["TEMPLATES_AUTO_RELOAD"] = auto_reload
    if bytecode_dir is not None:
        # Compiled code survives restarts: useful with many workers or big templates.
        cache = FileSystemBytecodeCache(bytecode_dir)
        app.jinja_options = {**app.jinja_options, "bytecode_cache": cache}
    return app
