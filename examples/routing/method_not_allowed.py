"""404 vs 405, the Allow header, and automatic OPTIONS/HEAD."""
from flask import Flask, jsonify

app = Flask(__name__)


@app.post("/orders")
def create_order():
    return {"created": True}, 201


@app.get("/reports")
def reports():
    return {"reports": []}


@app.get("/internal/ping", provide_automatic_options=False)
def ping():
    return "pong"


@app.route("/uploads", methods=["POST", "OPTIONS"])
def uploads():
    # OPTIONS is listed, so Flask does not answer it for us: this view does.
    return "", 204, {"Allow": "POST, OPTIONS", "Accept-Post": "image/png"}


# An API that wants JSON errors: keep the Allow header the exception carries.
api = Flask(__name__)


@api.post("/api/orders")
def api_create_order():
    return {"created": True}, 201


@api.errorhandler(405)
def method_not_allowed(error):
    response = jsonify(error="method not allowed", allowed=sorted(error.valid_methods))
    response.status_code = 405
    response.allow.update(error.valid_methods)  # a custom handler must re-add it
    return response


# Flask 3.1 added a config key to switch automatic OPTIONS off app-wide.
# It is read when a route is registered, so set it before adding routes.
quiet = Flask(__name__)
quiet.config["PROVIDE_AUTOMATIC_OPTIONS"] = False


@quiet.get("/quiet")
def quiet_view():
    return "ok"


# In Flask 3.1 this does NOT turn OPTIONS back on while the config is False
# (only disabling works per view; Flask 3.2 changes that).
@quiet.get("/loud", provide_automatic_options=True)
def loud_view():
    return "ok"
