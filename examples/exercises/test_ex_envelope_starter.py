from ex_envelope_starter import create_app


def test_the_gap_every_endpoint_answers_differently():
    client = create_app().test_client()
    assert isinstance(client.get("/api/users").json, list)
    assert client.get("/api/users/1").json == {"id": 1, "name": "Ada"}
    missing = client.get("/api/users/99")
    assert missing.status_code == 404 and missing.mimetype == "text/html"  # not JSON at all
    assert client.delete("/api/users/3").data == b"deleted"  # plain text
