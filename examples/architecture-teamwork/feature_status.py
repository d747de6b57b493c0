"""An existing app's API blueprint, with one new route added the way the others are written."""
import time

from flask import Blueprint, Flask, current_app

api = Blueprint("api", __name__)

ITEMS = [{"id": 1, "name": "mug"}]


@api.get("/items")
def list_items():
    """Existing route: the team's convention is a JSON object with a "data" key."""
    return {"data": ITEMS}


# --8<-- [start:new]
@api.get("/status")
def status():
    """New route: GET /api/status -> 200 {"data": {"status": "ok", "version": ..., ...}}."""
    return {
        "data": {
            "status": "ok",
            "version": current_app.config["APP_VERSION"],
            "uptime_seconds": int(time.monotonic() - current_app.config["STARTED_AT"]),
        }
    }
# --8<-- [end:new]


def create_app(**config):
    app = Flask(__name__)
    app.config.update({"APP_VERSION": "1.4.0", "STARTED_AT": time.monotonic()})
    app.config.update(config)
    app.register_blueprint(api, url_prefix="/api")
    return app
