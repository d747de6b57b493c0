import json

import pytest
import redis

from sse_notifications import STREAM, create_app


@pytest.fixture
def app(redis_url):
    return create_app(redis_url, heartbeat_ms=200)


def next_event(chunks, attempts=50):
    """Read chunks until a real event arrives; skip the retry line and keep-alive comments."""
    chunk = next(chunks).decode()
    while not chunk.startswith("id: "):
        attempts -= 1
        assert attempts, "no event arrived"
        chunk = next(chunks).decode()
    return dict(line.split(": ", 1) for line in chunk.strip().split("\n"))


def test_headers_for_an_event_stream(app):
    response = app.test_client().get("/events", buffered=False)
    assert response.mimetype == "text/event-stream"
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["X-Accel-Buffering"] == "no"
    assert next(response.iter_encoded()) == b"retry: 3000\n\n"
    response.close()


def test_events_published_after_connecting_are_pushed(app):
    client = app.test_client()
    response = client.get("/events", buffered=False)
    chunks = response.iter_encoded()
    next(chunks)  # retry line: the stream is open
    client.post("/notify", json={"text": "deploy finished"})
    event = next_event(chunks)
    assert event["event"] == "notice"
    assert json.loads(event["data"]) == {"text": "deploy finished"}
    response.close()


def test_idle_streams_send_keep_alive_comments(app):
    response = app.test_client().get("/events", buffered=False)
    chunks = response.iter_encoded()
    next(chunks)
    assert next(chunks) == b": keep-alive\n\n"  # after heartbeat_ms with nothing to send
    response.close()


def test_a_reconnecting_client_gets_what_it_missed(app):
    client = app.test_client()
    first = client.post("/notify", json={"n": 1}).json["id"]
    client.post("/notify", json={"n": 2})  # published while the browser was offline
    client.post("/notify", json={"n": 3})
    response = client.get("/events", headers={"Last-Event-ID": first}, buffered=False)
    chunks = response.iter_encoded()
    assert [json.loads(next_event(chunks)["data"])["n"] for _ in range(2)] == [2, 3]
    response.close()


def test_a_forged_last_event_id_is_ignored(app):
    client = app.test_client()
    client.post("/notify", json={"n": 1})
    response = client.get("/events", headers={"Last-Event-ID": "0-0 OR everything"}, buffered=False)
    chunks = response.iter_encoded()
    next(chunks)
    assert next(chunks) == b": keep-alive\n\n"  # starts after the newest event, no replay
    response.close()


def test_closing_the_response_releases_the_redis_connection(app, redis_url):
    admin = redis.Redis.from_url(redis_url)
    before = len(admin.client_list())
    response = app.test_client().get("/events", buffered=False)
    next(response.iter_encoded())
    assert len(admin.client_list()) == before + 1
    response.close()  # what the WSGI server does when the client disconnects
    assert len(admin.client_list()) == before
    assert admin.xlen(STREAM) == 0
    admin.close()
