from itertools import count

from flask import Flask

from ext_stopwatch import Stopwatch


def fake_clock(step_seconds):
    ticks = count()
    return lambda: next(ticks) * step_seconds


def make_app(extension, **config):
    app = Flask(__name__)
    app.config.update(config)
    extension.init_app(app)

    @app.get("/report")
    def report():
        return "ok"

    return app


def test_one_extension_instance_serves_several_apps_with_their_own_config():
    stopwatch = Stopwatch(clock=fake_clock(0.25))  # created once, like `db = SQLAlchemy()`
    fast = make_app(stopwatch, STOPWATCH_SLOW_MS=1000)
    quiet = make_app(stopwatch, STOPWATCH_ENABLED=False)

    assert fast.test_client().get("/report").headers["Server-Timing"] == "app;dur=250"
    assert "Server-Timing" not in quiet.test_client().get("/report").headers
    assert quiet.config["STOPWATCH_SLOW_MS"] == 500  # default filled in by init_app


def test_state_is_kept_per_app():
    stopwatch = Stopwatch(clock=fake_clock(0.6))
    slow, other = make_app(stopwatch), make_app(stopwatch, STOPWATCH_SLOW_MS=5000)
    slow.test_client().get("/report")
    other.test_client().get("/report")
    with slow.app_context():
        assert stopwatch.slow_endpoints == ["report"]
    with other.app_context():
        assert stopwatch.slow_endpoints == []


def test_passing_the_app_to_the_constructor_also_works():
    app = Flask(__name__)
    Stopwatch(app)
    assert "stopwatch" in app.extensions
