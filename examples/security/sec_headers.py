"""Security headers for every response, with a per-request CSP nonce."""
import secrets

from flask import Flask, g, render_template, request

app = Flask(__name__)


@app.before_request
def make_csp_nonce():
    g.csp_nonce = secrets.token_urlsafe(16)  # new and unguessable for every response


@app.context_processor
def nonce_for_templates():
    return {"csp_nonce": g.get("csp_nonce", "")}


@app.after_request
def set_security_headers(response):
    nonce = g.get("csp_nonce", "")
    csp = (
        "default-src 'self'; "
        f"script-src 'nonce-{nonce}' 'strict-dynamic'; "  # no 'unsafe-inline'
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
    headers = response.headers
    headers.setdefault("Content-Security-Policy", csp)  # a view may set its own
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")  # for browsers without frame-ancestors
    headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if request.is_secure:  # HSTS only means something over HTTPS
        headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    return response


@app.get("/")
def home():
    # The comment is escaped anyway; the CSP is the second line of defense.
    comment = request.args.get("comment", "")
    return render_template("sec_nonce_page.html", comment=comment)


@app.get("/boom")
def boom():
    raise RuntimeError("hook still runs for the 500 page")
