"""Flask-Cors 6: what CORS(app) really allows, two insecure setups, and a production one."""
from flask import Flask
from flask_cors import CORS

NOTES: list[str] = []

# Insecure: no origins given, so any Origin is echoed back, now with cookies allowed.
REFLECT_ANY_WITH_CREDENTIALS = {"supports_credentials": True}

# Insecure: origin regexes are matched with re.match, anchored at the start only, so
# "https://app.example.com.evil.net" matches too.
UNANCHORED_REGEX = {"origins": [r"https://.*\.example\.com"], "supports_credentials": True}

PRODUCTION = {
    "resources": {
        r"/api/.*": {
            "origins": ["https://app.example.com", "https://admin.example.com"],  # exact
            "methods": ["GET", "POST", "PUT", "DELETE"],
            "allow_headers": ["Content-Type", "X-CSRFToken"],
            "expose_headers": ["Location"],  # response headers page scripts may read
            "supports_credentials": True,  # the SPA sends its session cookie
            "max_age": 600,  # browsers may cache the preflight for 10 minutes
        },
        r"/public/.*": {"origins": "*", "send_wildcard": True},  # no cookies, any site
    },
}


def create_app(**cors_options):
    app = Flask(__name__)

    @app.get("/api/profile")
    def profile():
        return {"email": "ana@example.com"}

    @app.post("/api/notes")
    def add_note():
        NOTES.append("note")
        return {"count": len(NOTES)}, 201, {"Location": "/api/notes/1"}

    @app.get("/public/stats")
    def stats():
        return {"users": 1200}

    CORS(app, **cors_options)
    return app
