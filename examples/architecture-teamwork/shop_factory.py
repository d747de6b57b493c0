"""The application factory: configuration, extensions, blueprints - nothing else."""
from flask import Blueprint, Flask

from shop_models import db
from shop_orders import bp as orders_bp

health_bp = Blueprint("health", __name__)


@health_bp.get("/healthz")
def healthz():
    """Liveness probe for the load balancer."""
    return {"status": "ok"}


def create_app(test_config=None):
    app = Flask(__name__)
    app.config.from_mapping(SQLALCHEMY_DATABASE_URI="sqlite:///shop.db")
    if test_config:
        app.config.from_mapping(test_config)

    db.init_app(app)
    app.register_blueprint(orders_bp, url_prefix="/orders")
    app.register_blueprint(health_bp)
    return app
