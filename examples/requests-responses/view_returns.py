"""Everything a view may return, and what Flask turns it into."""
from flask import Flask, Response

app = Flask(__name__)


@app.get("/text")
def text():
    return "<h1>Hello</h1>"  # str: 200, text/html; charset=utf-8


@app.get("/bytes")
def raw_bytes():
    return b"\x89PNG..."  # bytes: still labelled text/html!


@app.get("/png")
def png():
    return Response(b"\x89PNG...", mimetype="image/png")  # say what it is


@app.get("/dict")
def as_dict():
    return {"status": "ok"}  # dict: JSON (since Flask 1.1)


@app.get("/list")
def as_list():
    return [1, 2, 3]  # list: JSON (since Flask 2.2)


@app.post("/things")
def create_thing():
    return {"id": 7}, 201, {"Location": "/things/7"}  # (body, status, headers)


@app.get("/tagged")
def tagged():
    return "tagged", {"X-Request-Id": "abc123"}  # (body, headers)


@app.get("/countdown")
def countdown():
    def generate():
        for n in (3, 2, 1):
            yield f"{n}\n"

    return generate()  # generator: streamed (since Flask 2.2)


@app.get("/forgot")
def forgot():
    message = "saved"  # ...but no return statement, so the view returns None


@app.get("/number")
def number():
    return 42  # not a valid body
