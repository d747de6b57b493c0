"""Server-Sent Events fed by a Redis stream: one-way push to the browser that survives
reconnects, because each event's id lets the client resume where it stopped."""
import json
import re

import redis
from flask import Flask, Response, request

STREAM = "notifications"
EVENT_ID = re.compile(r"\d+-\d+")  # Redis stream ids look like 1718000000000-0


def publish(client, kind, payload):
    """Called by any process: a view, a Celery task, another service."""
    return client.xadd(STREAM, {"event": kind, "data": json.dumps(payload)}, maxlen=10_000)


def create_app(redis_url, heartbeat_ms=15_000):
    app = Flask(__name__)

    @app.post("/notify")
    def notify():
        with redis.Redis.from_url(redis_url) as client:
            event_id = publish(client, "notice", request.get_json())
        return {"id": event_id.decode()}, 201

    @app.get("/events")
    def events():
        last_seen = request.headers.get("Last-Event-ID", "")  # sent by EventSource on reconnect

        def stream():  # runs after the view returned: no request data in here
            client = redis.Redis.from_url(redis_url, decode_responses=True)
            try:
                last_id = last_seen
                if not EVENT_ID.fullmatch(last_id):  # new client, or a forged header
                    newest = client.xrevrange(STREAM, count=1)
                    last_id = newest[0][0] if newest else "0-0"
                yield "retry: 3000\n\n"  # reconnect delay for the browser, in ms
                while True:
                    batch = client.xread({STREAM: last_id}, block=heartbeat_ms, count=100)
                    if not batch:
                        yield ": keep-alive\n\n"  # a comment: keeps proxies from timing out
                    else:
                        for last_id, fields in batch[0][1]:
                            yield f"id: {last_id}\nevent: {fields['event']}\ndata: {fields['data']}\n\n"
            finally:  # runs when the server closes the response after the client went away
                client.close()

        return Response(stream(), mimetype="text/event-stream", headers={
            "Cache-Control": "no-cache",
            "X-Accel-Buffering": "no",  # tell nginx not to buffer this response
        })

    return app
