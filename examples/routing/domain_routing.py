"""Routing on the host: subdomains under SERVER_NAME, or whole hosts."""
from flask import Flask, abort

TENANTS = {"acme": "Acme Corp", "globex": "Globex"}


def create_subdomain_app():
    app = Flask(__name__, subdomain_matching=True)
    app.config["SERVER_NAME"] = "saas.test"  # required: the subdomain is what precedes it

    @app.get("/")  # no subdomain: only the bare domain
    def marketing():
        return "marketing site"

    @app.get("/status", subdomain="api")  # a fixed subdomain
    def api_status():
        return {"ok": True}

    @app.get("/", subdomain="<tenant>")  # a variable subdomain, passed to the view
    def tenant_home(tenant):
        if tenant not in TENANTS:  # the value is client input: always look it up
            abort(404)
        return f"{TENANTS[tenant]} dashboard"

    return app


def create_host_app():
    # host_matching needs a static_host when there is a static folder.
    app = Flask(__name__, host_matching=True, static_host="static.shops.test")

    @app.get("/", host="<shop>.shops.test")
    def storefront(shop):
        return f"shop {shop}"

    @app.get("/", host="admin.test")
    def admin():
        return "admin"

    return app
