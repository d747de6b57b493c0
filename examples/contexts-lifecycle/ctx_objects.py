"""What lives in the application context and what lives in the request context."""
from flask import Flask, current_app, g, has_app_context, has_request_context, request, session

app = Flask(__name__)
app.config.update(SECRET_KEY="dev-only", SITE_NAME="Bookshop")


def describe():
    """Report which context-bound objects are usable right now."""
    info = {"app_context": has_app_context(), "request_context": has_request_context()}
    if has_app_context():
        info["site"] = current_app.config["SITE_NAME"]  # app context: current_app, g
        info["g_user"] = g.get("user")
    if has_request_context():
        info["path"] = request.path  # request context: request, session
        info["cart"] = session.get("cart", [])
    return info


@app.get("/cart/add/<item>")
def add_to_cart(item):
    g.user = request.headers.get("X-User", "anonymous")  # for this request only
    session["cart"] = [*session.get("cart", []), item]  # kept across requests (a cookie)
    return describe()


def nightly_report():
    """Runs from a script or scheduler: no request, so push an app context."""
    with app.app_context():
        return describe()
