from load_target import app


def test_io_endpoint_answers():
    client = app.test_client()
    assert client.get("/").text == "ok"
    assert client.get("/io").json == {"waited_ms": 100}
