"""Where templates come from: Flask's search order, an extra theme loader, fallbacks."""
from flask import Blueprint, Flask, abort, render_template
from jinja2 import ChoiceLoader, FileSystemLoader

# Two blueprints with a bare "index.html" each: a clash that EXPLAIN_TEMPLATE_LOADING reveals.
admin = Blueprint("admin", __name__, url_prefix="/admin", template_folder="bp_admin_templates")
shop = Blueprint("shop", __name__, url_prefix="/shop", template_folder="bp_shop_templates")


@admin.get("/")
def admin_index():
    return render_template("index.html")


@shop.get("/")
def shop_index():
    return render_template("index.html")


TENANTS = {"acme", "globex"}


def create_app(theme=None, explain=False):
    app = Flask(__name__)
    app.config["EXPLAIN_TEMPLATE_LOADING"] = explain
    if theme is not None:
        # Search the theme's folder before the app's own templates/ folder.
        theme_loader = FileSystemLoader(f"{app.root_path}/themes/{theme}")
        app.jinja_loader = ChoiceLoader([theme_loader, app.jinja_loader])
    app.register_blueprint(admin)
    app.register_blueprint(shop)

    @app.get("/t/<tenant>/")
    def tenant_home(tenant):
        if tenant not in TENANTS:  # never build template names from unchecked input
            abort(404)
        # A list of names: the first one that exists is rendered.
        names = [f"loading/tenants/{tenant}/home.html", "loading/home.html"]
        return render_template(names, tenant=tenant)

    return app
