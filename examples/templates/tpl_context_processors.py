"""Context processors: values every template gets without each view passing them."""
from flask import Blueprint, Flask, g, render_template, request

app = Flask(__name__)
USERS = {"t0ken": "ada"}
UNREAD_QUERIES = []  # records each "expensive" call, for the test


@app.before_request
def load_user():
    g.user = USERS.get(request.headers.get("X-Token", ""))


@app.context_processor
def inject_site():
    # Runs for every render_template call of this app.
    return {"site_name": "Acme Shop", "current_user": g.get("user")}


@app.context_processor
def inject_helpers():
    def unread_count():
        UNREAD_QUERIES.append(g.user)  # stands in for a database query
        return 3

    # Return the function, not its result: it runs only if a template calls it.
    return {"unread_count": unread_count}


admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.context_processor
def inject_section():
    # Registered on the blueprint: only for requests handled by its views.
    return {"section": "Admin"}


@admin.get("/")
def dashboard():
    return render_template("ctx/page.html")


app.register_blueprint(admin)


@app.get("/")
def home():
    return render_template("ctx/page.html")


@app.get("/sale")
def sale():
    return render_template("ctx/page.html", site_name="Acme SALE")  # the view's value wins
