"""The same tiny app twice: plain Werkzeug, then Flask on top of it."""
from flask import Flask, abort
from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

url_map = Map([Rule("/users/<int:user_id>", endpoint="user")])
USERS = {1: "ada"}


@Request.application  # turns a Request -> Response function into a WSGI app
def werkzeug_app(request):
    adapter = url_map.bind_to_environ(request.environ)
    try:
        endpoint, values = adapter.match()  # routing: Werkzeug
        if values["user_id"] not in USERS:
            raise NotFound()
        return Response(f"user {USERS[values['user_id']]}", mimetype="text/plain")
    except HTTPException as error:
        return error  # HTTP errors are WSGI responses too


flask_app = Flask(__name__)  # Flask adds contexts, app object, blueprints, Jinja, CLI...


@flask_app.get("/users/<int:user_id>")
def user(user_id):
    if user_id not in USERS:
        abort(404)  # raises werkzeug.exceptions.NotFound
    return USERS[user_id]
