"""The default Flask session: a signed cookie, its lifetime, its flags and how to change it."""
from datetime import timedelta

from flask import Flask, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY="dev-only",  # from the environment in production
    PERMANENT_SESSION_LIFETIME=timedelta(days=7),  # default 31 days
    SESSION_COOKIE_SECURE=True,  # default False: only send over HTTPS
    SESSION_COOKIE_SAMESITE="Lax",  # default None: no attribute at all
    # SESSION_COOKIE_HTTPONLY is already True by default
)


@app.post("/cart/<item>")
def add_to_cart(item):
    cart = session.setdefault("cart", [])
    cart.append(item)  # changes a list inside the session...
    session.modified = True  # ...which Flask cannot see: mark it, or the change is lost
    return {"cart": session["cart"]}


@app.post("/unsafe/cart/<item>")
def add_to_cart_lost(item):
    session.setdefault("cart", []).append(item)  # first item: saved (setdefault set a key)
    return {"cart": session["cart"]}  # later items: only in this request


@app.get("/cart")
def show_cart():
    return {"cart": session.get("cart", [])}


@app.post("/remember-me")
def remember_me():
    session.permanent = True  # cookie gets Expires = now + PERMANENT_SESSION_LIFETIME
    return "", 204


@app.delete("/cart")
def clear_cart():
    session.pop("cart", None)  # remove one key
    return "", 204


@app.post("/logout")
def logout():
    session.clear()  # remove everything; an empty session deletes the cookie
    return "", 204
