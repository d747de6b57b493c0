"""Endpoint docstrings that state the contract: request body, status codes, examples."""
from flask import Flask, request

app = Flask(__name__)
USERS = {}


@app.post("/users")
def create_user():
    """Create a user.

    Request body (JSON): "email" (required), "name" (optional).

    Example request:
        {"email": "ada@example.com", "name": "Ada"}

    Responses:
        201: {"id": 1, "email": "ada@example.com", "name": "Ada"}
        400: {"error": "email is required"}
    """
    data = request.get_json(silent=True) or {}
    if not data.get("email"):
        return {"error": "email is required"}, 400
    user = {"id": len(USERS) + 1, "email": data["email"], "name": data.get("name", "")}
    USERS[user["id"]] = user
    return user, 201
