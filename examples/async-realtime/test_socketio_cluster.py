import json
import pathlib
import time

import pytest
import redis
import socketio as socketio_client  # python-socketio's client, as a browser stand-in

from socketio_cluster import CHANNEL, create_node, external_emitter

HERE = pathlib.Path(__file__).parent


def wait_for(predicate, timeout=10):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def clients():
    made = []

    def connect(base):
        client = socketio_client.Client()
        client.received = []
        client.on("said", client.received.append)
        client.connect(base, transports=["polling"])  # websocket-client is not installed
        made.append(client)
        return client

    yield connect
    for client in made:
        client.disconnect()


def start_nodes(gunicorn, env):
    return [gunicorn("socketio_cluster:create_node()", cwd=HERE,
                     args=("--workers", "1", "--threads", "20"), env=env) for _ in range(2)]


def test_rooms_span_nodes_through_the_redis_queue(redis_url, gunicorn, clients):
    node_a, node_b = start_nodes(gunicorn, {"SOCKETIO_MESSAGE_QUEUE": redis_url})
    alice, bob = clients(node_a), clients(node_b)
    assert alice.call("join", "news")["node"] != bob.call("join", "news")["node"]

    alice.emit("say", {"room": "news", "text": "hello from node A"})
    wait_for(lambda: bob.received == ["hello from node A"])

    emitter = external_emitter(redis_url)  # e.g. inside a Celery task
    emitter.emit("said", "order 1001 shipped", to="news")
    wait_for(lambda: alice.received[-1:] == bob.received[-1:] == ["order 1001 shipped"])
    emitter.server.manager.redis.close()


def test_without_a_queue_each_node_only_reaches_its_own_clients(gunicorn, clients):
    node_a, node_b = start_nodes(gunicorn, {})
    alice, bob = clients(node_a), clients(node_b)
    alice.call("join", "news"), bob.call("join", "news")
    alice.emit("say", {"room": "news", "text": "anyone?"})
    wait_for(lambda: alice.received == ["anyone?"])
    time.sleep(0.5)
    assert bob.received == []  # the room on node B never heard of it


def test_a_node_in_process_with_the_test_client():
    app = create_node()
    client = app.extensions["socketio"].test_client(app)
    assert "node" in client.emit("join", "news", callback=True)
    client.emit("say", {"room": "news", "text": "hi"})
    assert client.get_received() == [{"name": "said", "args": ["hi"], "namespace": "/"}]
    assert app.test_client().get("/").json["node"] > 0
    client.disconnect()


def test_a_configured_node_publishes_to_redis(redis_url):
    app = create_node(message_queue=redis_url)
    manager = app.extensions["socketio"].server.manager
    assert type(manager).__name__ == "RedisManager" and manager.channel == CHANNEL
    listener = redis.Redis.from_url(redis_url).pubsub(ignore_subscribe_messages=True)
    listener.subscribe(CHANNEL)
    listener.get_message(timeout=1)  # reads the subscribe confirmation
    app.extensions["socketio"].emit("said", "hi", to="news")
    message = json.loads(listener.get_message(timeout=5)["data"])
    assert (message["method"], message["event"], message["data"], message["room"]) == (
        "emit", "said", ["hi"], "news")
    listener.close()
    manager.redis.close()


def test_nginx_accepts_the_sticky_upstream(nginx_check):
    result = nginx_check(HERE / "socketio_nginx.conf")
    assert result.returncode == 0, result.stderr
