"""Error handlers: HTML pages for browsers, JSON for /api/, and your own exceptions."""
from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


class APIError(Exception):
    """Raised by application code; carries what the client should see."""

    status_code = 400

    def __init__(self, message, status_code=None):
        super().__init__(message)
        self.message = message
        if status_code is not None:
            self.status_code = status_code


def wants_json():
    return request.path.startswith("/api/")


@app.errorhandler(APIError)
def handle_api_error(error):
    return {"error": error.message}, error.status_code


@app.errorhandler(HTTPException)
def handle_http_exception(error):
    # 404, 405, 413... Start from the exception's own response so headers such as
    # Allow (405) or WWW-Authenticate (401) survive, then replace the body.
    if wants_json():
        response = error.get_response()
        response.data = jsonify(error=error.name, message=error.description).get_data()
        response.content_type = "application/json"
        return response
    page = render_template("errors_page.html", code=error.code, name=error.name,
                           message=error.description)
    return page, error.code


@app.errorhandler(500)
def handle_server_error(error):
    # Any unhandled exception ends here as InternalServerError; Flask has already
    # logged the original one with its traceback. Never show that to the client.
    if wants_json():
        return {"error": "Internal Server Error"}, 500
    return render_template("errors_page.html", code=500, name="Internal Server Error",
                           message="Something went wrong on our side."), 500


@app.get("/")
def home():
    return "shop"


@app.post("/api/orders")
def create_order():
    if not request.is_json:
        raise APIError("Send the order as JSON.", 415)
    quantity = request.json.get("quantity", 0)
    if quantity < 1:
        raise APIError("Quantity must be at least 1.")  # default 400
    return {"quantity": quantity}, 201


@app.get("/crash")
@app.get("/api/crash")
def crash():
    raise RuntimeError("database password is hunter2")  # must never reach the client
