"""One Socket.IO node. Several run side by side, each a single Gunicorn process, behind a
load balancer with sticky sessions, and they share events through Redis:

    SOCKETIO_MESSAGE_QUEUE=redis://127.0.0.1:6379/0 \\
        gunicorn --workers 1 --threads 100 --bind 127.0.0.1:5001 "socketio_cluster:create_node()"
"""
import os

from flask import Flask
from flask_socketio import SocketIO, emit, join_room

CHANNEL = "shop-live"  # one channel per cluster sharing the Redis server


def create_node(message_queue=None):
    app = Flask(__name__)
    socketio = SocketIO(app, channel=CHANNEL,
                        message_queue=message_queue or os.environ.get("SOCKETIO_MESSAGE_QUEUE"))

    @socketio.on("join")
    def on_join(room):
        join_room(room)  # the room lives on this node; emits to it go through Redis
        return {"node": os.getpid()}

    @socketio.on("say")
    def on_say(data):
        emit("said", data["text"], to=data["room"])

    @app.get("/")
    def index():
        return {"node": os.getpid()}

    return app


def external_emitter(redis_url):
    """For processes that serve no clients (Celery workers, cron jobs): publish only."""
    return SocketIO(message_queue=redis_url, channel=CHANNEL)
