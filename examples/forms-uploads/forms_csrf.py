"""CSRFProtect: one check for HTML forms, fetch() calls and everything else that changes state."""
import hashlib
import hmac

from flask import Flask, jsonify, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect

csrf = CSRFProtect()
NOTES: list[str] = []


def create_app(**config):
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="dev-only",
        SESSION_COOKIE_SAMESITE="Lax",  # defense in depth, not a replacement for tokens
        WEBHOOK_SECRET=b"shared-with-the-payment-provider",
        **config,
    )
    csrf.init_app(app)  # checks POST, PUT, PATCH, DELETE in a before_request hook

    @app.get("/notes")
    def notes_page():
        return render_template("forms_csrf_page.html", notes=NOTES)

    @app.post("/api/notes")
    def add_note():  # called by fetch(); the token comes in the X-CSRFToken header
        NOTES.append(request.get_json()["text"])
        return {"count": len(NOTES)}, 201

    @app.post("/webhooks/payments")
    @csrf.exempt  # no browser session is involved: authenticate the caller instead
    def payment_webhook():
        expected = hmac.new(app.config["WEBHOOK_SECRET"], request.get_data(),
                            hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
            return {"error": "bad signature"}, 403
        return "", 204

    @app.errorhandler(CSRFError)
    def csrf_failed(error):  # a 400 by default; give the API a JSON body
        return jsonify(error=error.description), 400

    return app
