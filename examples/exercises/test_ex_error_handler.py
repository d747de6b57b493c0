from ex_error_handler import create_app


def test_client_errors_keep_their_status(caplog):
    client = create_app().test_client()
    assert client.get("/reports/1").json == {"id": 1}
    assert client.get("/no-such-page").status_code == 404
    assert client.get("/reports/2").json["error"] == "Not Found"
    response = client.post("/reports/1")
    assert response.status_code == 405 and set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "Unhandled error" not in caplog.text


def test_a_real_bug_is_still_a_logged_500(caplog):
    response = create_app().test_client().get("/crash")
    assert response.status_code == 500 and response.json == {"error": "internal server error"}
    assert "ValueError: boom" in caplog.text
