"""Flask-SocketIO: authenticated connections, rooms, broadcast, a namespace, and pushes
from ordinary HTTP views."""
from flask import Flask, session
from flask_socketio import Namespace, SocketIO, emit, join_room, leave_room

socketio = SocketIO()
ORDER_OWNERS = {1001: "alice"}
online = set()  # per process! with several servers, keep presence in Redis


def create_app(message_queue=None):
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "dev-only"
    socketio.init_app(app, message_queue=message_queue)  # Redis URL once there are several processes

    @app.post("/login/<name>")
    def login(name):  # stands in for a real login view
        session["user"] = name
        return "", 204

    @app.post("/orders/<int:order_id>/ship")
    def ship(order_id):  # any HTTP view (or worker) can push to connected clients
        socketio.emit("order_status", {"order": order_id, "status": "shipped"},
                      to=f"user:{ORDER_OWNERS[order_id]}")
        return "", 204

    return app


@socketio.on("connect")
def on_connect(auth):
    user = session.get("user")  # the Flask session cookie sent with the handshake
    if user is None:
        raise ConnectionRefusedError("login required")  # the client gets connect_error
    join_room(f"user:{user}")  # a private room: every tab of this user
    online.add(user)
    emit("welcome", {"user": user})


@socketio.on("disconnect")
def on_disconnect(reason):
    online.discard(session.get("user"))


@socketio.on("join")
def on_join(data):
    join_room(data["room"])
    emit("system", f"{session['user']} joined", to=data["room"])


@socketio.on("leave")
def on_leave(data):
    leave_room(data["room"])


@socketio.on("chat")
def on_chat(data):
    emit("chat", {"user": session["user"], "text": data["text"]},
         to=data["room"], include_self=False)  # everyone in the room but the sender
    return {"delivered": True}  # the acknowledgement the sender's callback receives


@socketio.on("announce")
def on_announce(text):
    if session["user"] != "admin":
        return {"ok": False}
    emit("announcement", text, broadcast=True)  # every client on this namespace
    return {"ok": True}


class AdminNamespace(Namespace):
    """A separate channel on the same connection, with its own handlers and rules."""

    def on_connect(self, auth):
        if session.get("user") != "admin":
            raise ConnectionRefusedError("admins only")

    def on_stats(self):
        return {"online": sorted(online)}


socketio.on_namespace(AdminNamespace("/admin"))
