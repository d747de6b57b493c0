"""The application factory: every app is built by one function call."""
import os

from flask import Flask

from factory_extensions import db


class Config:
    ENV_NAME = "base"
    SQLALCHEMY_DATABASE_URI = "sqlite://"  # in-memory; real apps read a URL


class DevelopmentConfig(Config):
    ENV_NAME = "development"
    SECRET_KEY = "dev-only"


class TestingConfig(Config):
    ENV_NAME = "testing"
    TESTING = True
    SECRET_KEY = "test-only"


class ProductionConfig(Config):
    ENV_NAME = "production"

    def __init__(self):
        # read at factory time, so importing this module never needs secrets
        self.SECRET_KEY = os.environ["SECRET_KEY"]
        self.SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def create_app(config_name="production", **overrides):  # development only when asked for
    app = Flask(__name__)
    app.config.from_object(CONFIGS[config_name]())
    app.config.update(overrides)  # handy in tests: create_app("testing", X=1)

    db.init_app(app)  # bind the shared extension object to this app

    from factory_tasks import bp as tasks_bp  # import blueprints here, register them

    app.register_blueprint(tasks_bp)

    @app.errorhandler(404)
    def not_found(error):
        return {"error": "not found"}, 404

    with app.app_context():
        db.create_all()  # one-off setup belongs here (no before_first_request)

    return app
