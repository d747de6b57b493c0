"""Per-environment configuration: classes for what differs by design, env vars for the rest."""
import os

from flask import Flask


class BaseConfig:
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    MAX_CONTENT_LENGTH = 8 * 1024 * 1024
    # No DATABASE_URL here: production would inherit a development default.


class DevelopmentConfig(BaseConfig):
    SECRET_KEY = "dev-only-not-a-secret"  # fine: never used outside a laptop
    DATABASE_URL = "sqlite:///dev.db"


class TestingConfig(BaseConfig):
    TESTING = True  # exceptions propagate to the test instead of becoming 500s
    SECRET_KEY = "test-only"
    DATABASE_URL = "sqlite://"  # in memory


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"
    # No SECRET_KEY or DATABASE_URL default here: they must come from the environment.
    REQUIRED = ("SECRET_KEY", "DATABASE_URL")


CONFIGS = {"development": DevelopmentConfig, "testing": TestingConfig,
           "production": ProductionConfig}


def create_app(config_name=None, overrides=None):
    # Fail closed: development (and its throwaway key) only when someone asks for it.
    config_name = config_name or os.environ.get("SHOP_CONFIG", "production")
    try:
        config_class = CONFIGS[config_name]
    except KeyError:
        raise RuntimeError(
            f"Unknown SHOP_CONFIG {config_name!r}, use one of {sorted(CONFIGS)}"
        ) from None

    app = Flask(__name__)
    app.config.from_object(config_class)
    app.config.from_prefixed_env("SHOP")  # secrets and per-deploy values win over the class
    app.config.from_mapping(overrides or {})  # tests get the last word

    # Fail at startup, not on the first request that needs the value.
    missing = [key for key in getattr(config_class, "REQUIRED", ()) if not app.config.get(key)]
    if missing:
        raise RuntimeError(f"Missing required config for {config_name}: {', '.join(missing)}"
                           " (set SHOP_CONFIG=development on a laptop)")
    if config_class is ProductionConfig and len(app.config["SECRET_KEY"]) < 32:
        raise RuntimeError("SECRET_KEY is too short for production: use secrets.token_hex(32)")
    return app

