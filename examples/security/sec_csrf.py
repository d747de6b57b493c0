"""CSRF protection for a whole app with Flask-WTF 1.3's CSRFProtect."""
import hashlib
import hmac

from flask import Flask, abort, render_template, request, session
from flask_wtf.csrf import CSRFError, CSRFProtect

csrf = CSRFProtect()
WEBHOOK_SECRET = b"whsec-from-the-payment-provider"  # from the environment in real code


def create_app(protect=True):
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "test-only-key"  # tokens are signed with it
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"  # a second layer, not a replacement
    app.transfers = []
    if protect:
        csrf.init_app(app)  # every POST/PUT/PATCH/DELETE now needs a valid token

    @app.post("/login")
    def login():
        session["user"] = request.form["user"]
        return "ok"

    @app.get("/transfer")
    def transfer_form():
        return render_template("sec_transfer.html")

    @app.post("/transfer")
    def transfer():
        if "user" not in session:
            abort(401)
        app.transfers.append((session["user"], request.form["to"], request.form["amount"]))
        return "sent"

    @app.post("/webhooks/payments")
    @csrf.exempt  # no browser session here: the sender proves itself with a signature
    def payment_webhook():
        expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
            abort(403)
        return "accepted"

    @app.errorhandler(CSRFError)
    def csrf_failed(error):
        return {"error": "csrf", "reason": error.description}, 400

    return app
