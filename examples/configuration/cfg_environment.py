"""Configuration from environment variables with from_prefixed_env (Flask 2.1+)."""
from flask import Flask


def create_app():
    app = Flask(__name__)
    app.config.from_mapping(
        ITEMS_PER_PAGE=20,
        SQLALCHEMY_ENGINE_OPTIONS={"pool_pre_ping": True},
    )
    # SHOP_ITEMS_PER_PAGE=50 -> ITEMS_PER_PAGE = 50 (an int: values are parsed as JSON).
    # SHOP_SQLALCHEMY_ENGINE_OPTIONS__pool_size=10 sets one key inside the dict.
    app.config.from_prefixed_env("SHOP")
    return app
