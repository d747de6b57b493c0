from flask import Flask

from ext_stopwatch_bad import BadStopwatch


def make_app(extension, **config):
    app = Flask(__name__)
    app.config.update(config)
    extension.init_app(app)

    @app.get("/report")
    def report():
        return "ok"

    return app


def test_storing_self_app_leaks_config_between_apps():
    extension = BadStopwatch()
    enabled = make_app(extension, STOPWATCH_ENABLED=True)
    make_app(extension, STOPWATCH_ENABLED=False)  # overwrites extension.app
    # The first app asked for the header, but the extension now reads the second app.
    assert "Server-Timing" not in enabled.test_client().get("/report").headers


def test_bad_extension_works_with_one_app_which_is_why_the_bug_hides():
    app = Flask(__name__)
    BadStopwatch(app)

    @app.get("/")
    def index():
        return "ok"

    assert app.test_client().get("/").headers["Server-Timing"] == "app;desc=index"
