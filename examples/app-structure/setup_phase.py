"""Setup happens before the first request; Flask refuses late setup calls."""
from flask import Blueprint, Flask

reports = Blueprint("reports", __name__)


@reports.get("/reports")
def list_reports():
    return "reports"


def create_app():
    app = Flask(__name__)
    app.register_blueprint(reports)

    @app.get("/plugins/<name>/enable")
    def enable_plugin(name):
        # Anti-pattern: changing the app while serving. Other workers would
        # never see this route, so Flask raises instead (a 500 for the client).
        app.add_url_rule(f"/{name}", endpoint=name)  # raises AssertionError

    # Replacement for the removed @app.before_first_request: run it now.
    with app.app_context():
        app.extensions["warm_cache"] = {"reports": ["daily", "weekly"]}

    return app
