"""Solution: one helper builds every response, errors included."""
from flask import Flask, abort, jsonify
from werkzeug.exceptions import HTTPException


class User:
    def __init__(self, id, name):
        self.id, self.name = id, name

    def to_dict(self):
        return {"id": self.id, "name": self.name}


def api_response(data=None, message="", status=200, headers=None):
    envelope = {"success": status < 400, "status": status, "message": message, "data": data}
    return jsonify(envelope), status, headers or {}  # body and status line cannot disagree


def create_app():
    app = Flask(__name__)
    users = {1: User(1, "Ada"), 2: User(2, "Grace")}

    @app.get("/api/users")
    def list_users():
        return api_response([u.to_dict() for u in users.values()])

    @app.get("/api/users/<int:user_id>")
    def get_user(user_id):
        if user_id not in users:
            abort(404, description="No such user.")
        return api_response(users[user_id].to_dict())

    @app.delete("/api/users/<int:user_id>")
    def delete_user(user_id):
        if users.pop(user_id, None) is None:
            abort(404, description="No such user.")
        return api_response(message="User deleted.")

    @app.errorhandler(HTTPException)  # routing errors (404, 405) get the envelope too
    def http_error(error):
        # Keep the exception's own headers (Allow on a 405, WWW-Authenticate on a 401,
        # Retry-After on a 429), all but its HTML Content-Type.
        headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
        return api_response(message=error.description, status=error.code, headers=headers)

    return app
