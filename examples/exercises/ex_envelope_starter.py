"""Starter: three endpoints, three response shapes. Give the API one envelope."""
from flask import Flask, abort

USERS = {1: {"id": 1, "name": "Ada"}, 2: {"id": 2, "name": "Grace"}}


def create_app():
    app = Flask(__name__)

    @app.get("/api/users")
    def list_users():
        return list(USERS.values())

    @app.get("/api/users/<int:user_id>")
    def get_user(user_id):
        if user_id not in USERS:
            abort(404)
        return USERS[user_id]

    @app.delete("/api/users/<int:user_id>")
    def delete_user(user_id):
        USERS.pop(user_id, None)
        return "deleted"

    return app
