"""One error format for every failure: RFC 9457 problem details (application/problem+json)."""
import uuid

from flask import Flask, current_app, g, request
from werkzeug.exceptions import HTTPException, InternalServerError

app = Flask(__name__)
STOCK = {"widget": 3}


def problem(status, title, detail=None, type_="about:blank", headers=None, **extensions):
    body = {"type": type_, "title": title, "status": status, "instance": request.path,
            **extensions}
    if detail:
        body["detail"] = detail
    response = current_app.json.response(body)
    response.status_code = status
    response.mimetype = "application/problem+json"
    response.headers.extend(headers or {})
    return response


class ApiProblem(Exception):
    """Base class for errors that application code raises on purpose."""

    status = 400
    title = "Bad Request"
    type_ = "about:blank"

    def __init__(self, detail=None, **extensions):
        super().__init__(detail)
        self.detail = detail
        self.extensions = extensions


class ValidationProblem(ApiProblem):
    status = 422
    title = "Your request is not valid"
    type_ = "https://api.example.com/problems/validation"


class OutOfStock(ApiProblem):
    status = 409
    title = "Not enough stock"
    type_ = "https://api.example.com/problems/out-of-stock"


@app.before_request
def assign_request_id():
    g.request_id = uuid.uuid4().hex


@app.after_request
def send_request_id(response):
    response.headers["X-Request-ID"] = g.request_id
    return response


@app.errorhandler(ApiProblem)
def handle_api_problem(error):
    return problem(error.status, error.title, error.detail, error.type_, **error.extensions)


@app.errorhandler(HTTPException)
def handle_http_exception(error):
    # 404, 405, 415... keep the exception's headers (Allow, WWW-Authenticate, Retry-After).
    kept = [(name, value) for name, value in error.get_response().headers
            if name not in ("Content-Type", "Content-Length")]
    return problem(error.code, error.name, error.description, headers=kept)


@app.errorhandler(InternalServerError)
def handle_500(error):
    # Flask logged the original traceback before calling this. The client gets no
    # details, only the id that finds the log line.
    current_app.logger.error("request_id=%s failed", g.request_id)
    return problem(500, "Internal Server Error", request_id=g.request_id)


@app.post("/api/orders")
def create_order():
    data = request.get_json()  # 415 / 400 become problems through the handler above
    if not isinstance(data, dict):
        raise ValidationProblem("The body must be a JSON object.")
    errors = []
    if data.get("item") not in STOCK:
        errors.append({"pointer": "#/item", "detail": "Unknown item."})
    if not isinstance(data.get("quantity"), int) or data["quantity"] < 1:
        errors.append({"pointer": "#/quantity", "detail": "Must be an integer >= 1."})
    if errors:
        raise ValidationProblem(f"{len(errors)} invalid field(s).", errors=errors)
    if data["quantity"] > STOCK[data["item"]]:
        raise OutOfStock(f"Only {STOCK[data['item']]} left.", available=STOCK[data["item"]])
    return {"item": data["item"], "quantity": data["quantity"]}, 201


@app.get("/api/report")
def report():
    raise RuntimeError("connection to db://admin:hunter2@10.0.0.5 refused")
