from ex_error_handler_buggy import create_app


def test_client_errors_become_500():
    client = create_app().test_client()
    assert client.get("/reports/1").status_code == 200
    assert client.get("/crash").status_code == 500  # the one case it was written for
    assert client.get("/no-such-page").status_code == 500
    assert client.get("/reports/2").status_code == 500   # abort(404) in the view
    assert client.post("/reports/1").status_code == 500  # should be 405


def test_and_each_one_is_logged_as_a_server_error(caplog):
    create_app().test_client().get("/no-such-page")
    assert "Unhandled error" in caplog.text and "NotFound" in caplog.text
