"""A small JSON API whose status codes tell the client what to do next."""
from flask import Flask, abort, jsonify, request, url_for
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

TOKENS = {"reader-token": {"name": "ana", "can_write": False},
          "writer-token": {"name": "ben", "can_write": True}}
PROJECTS: dict[str, dict] = {}


@app.errorhandler(HTTPException)
def json_error(error):
    # Keep the exception's headers (Allow, WWW-Authenticate), replace the HTML body.
    response = error.get_response()
    response.data = jsonify(error=error.name, detail=error.description).get_data()
    response.content_type = "application/json"
    return response


def require_writer():
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    user = TOKENS.get(token) if scheme.lower() == "bearer" else None
    if user is None:  # who are you? -> 401, and say how to authenticate
        abort(401, www_authenticate=WWWAuthenticate("Bearer"))
    if not user["can_write"]:  # we know you, but no -> 403
        abort(403)


@app.get("/projects")
def list_projects():
    return list(PROJECTS.values())  # 200, even when the list is empty


@app.get("/projects/<slug>")
def get_project(slug):
    if slug not in PROJECTS:
        abort(404)
    return PROJECTS[slug]


@app.post("/projects")
def create_project():
    require_writer()
    data = request.get_json()  # 415 if not application/json, 400 if malformed
    errors = {}
    if not isinstance(data, dict):
        abort(400, "The body must be a JSON object.")
    slug = data.get("slug")
    if not isinstance(slug, str) or not slug.isidentifier():
        errors["slug"] = "Required: letters, digits and underscores."
    if errors:  # well-formed JSON, but the values are wrong
        return {"error": "Unprocessable Content", "fields": errors}, 422
    if slug in PROJECTS:  # valid, but clashes with the current state
        return {"error": "Conflict", "detail": f"Project {slug!r} already exists."}, 409
    PROJECTS[slug] = {"slug": slug, "title": data.get("title", slug)}
    return PROJECTS[slug], 201, {"Location": url_for("get_project", slug=slug)}


@app.delete("/projects/<slug>")
def delete_project(slug):
    require_writer()
    if PROJECTS.pop(slug, None) is None:
        abort(404)
    return "", 204
