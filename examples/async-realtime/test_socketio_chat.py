import pytest

from socketio_chat import create_app, online, socketio


@pytest.fixture
def app():
    online.clear()
    return create_app()


def connect(app, user, namespace=None):
    http = app.test_client()
    http.post(f"/login/{user}")
    return socketio.test_client(app, namespace=namespace, flask_test_client=http)


def names(client, namespace=None):
    return [(m["name"], m["args"][0]) for m in client.get_received(namespace)]


def test_threading_is_the_async_mode_without_eventlet_or_gevent(app):
    assert socketio.async_mode == "threading"


def test_anonymous_connections_are_refused(app):
    client = socketio.test_client(app)  # no session cookie
    assert not client.is_connected()


def test_logged_in_users_connect_and_are_welcomed(app):
    alice = connect(app, "alice")
    assert alice.is_connected()
    assert names(alice) == [("welcome", {"user": "alice"})]
    alice.disconnect()


def test_room_messages_reach_members_only(app):
    alice, bob, carol = (connect(app, u) for u in ("alice", "bob", "carol"))
    alice.emit("join", {"room": "flask"})
    bob.emit("join", {"room": "flask"})
    for c in (alice, bob, carol):
        c.get_received()

    ack = alice.emit("chat", {"room": "flask", "text": "hi"}, callback=True)
    assert ack == {"delivered": True}
    assert names(bob) == [("chat", {"user": "alice", "text": "hi"})]
    assert names(alice) == []  # include_self=False
    assert names(carol) == []  # not in the room

    bob.emit("leave", {"room": "flask"})
    alice.emit("chat", {"room": "flask", "text": "still there?"})
    assert names(bob) == []
    for c in (alice, bob, carol):
        c.disconnect()


def test_broadcast_reaches_everyone_and_is_guarded(app):
    admin, alice = connect(app, "admin"), connect(app, "alice")
    admin.get_received(), alice.get_received()
    assert alice.emit("announce", "free coffee", callback=True) == {"ok": False}
    assert names(admin) == []
    assert admin.emit("announce", "maintenance at 22:00", callback=True) == {"ok": True}
    assert names(alice) == [("announcement", "maintenance at 22:00")]
    assert names(admin) == [("announcement", "maintenance at 22:00")]
    admin.disconnect(), alice.disconnect()


def test_an_http_view_pushes_to_the_users_private_room(app):
    alice, bob = connect(app, "alice"), connect(app, "bob")
    alice.get_received(), bob.get_received()
    assert app.test_client().post("/orders/1001/ship").status_code == 204
    assert names(alice) == [("order_status", {"order": 1001, "status": "shipped"})]
    assert names(bob) == []
    alice.disconnect(), bob.disconnect()


def test_namespaces_have_their_own_access_rules(app):
    assert not connect(app, "alice", namespace="/admin").is_connected("/admin")
    alice = connect(app, "alice")
    admin = connect(app, "admin", namespace="/admin")
    assert admin.is_connected("/admin")
    assert admin.emit("stats", namespace="/admin", callback=True) == {"online": ["alice"]}
    alice.disconnect()
    assert admin.emit("stats", namespace="/admin", callback=True) == {"online": []}
    admin.disconnect(namespace="/admin")


def test_socketio_run_refuses_the_dev_server_in_production(app):
    with pytest.raises(RuntimeError, match="allow_unsafe_werkzeug=True"):
        socketio.run(app)  # no terminal attached: looks like a production deployment
