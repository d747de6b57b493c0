import logging

from production_errors import create_app


def test_one_id_links_the_error_page_the_response_and_the_log(caplog):
    caplog.set_level(logging.INFO, logger="production_errors")
    client = create_app().test_client()
    assert client.get("/").text == "shop"
    assert client.get("/invoices/7").json == {"invoice": 7}

    response = client.get("/invoices/13")
    request_id = response.headers["X-Request-ID"]
    assert response.status_code == 500
    assert f"Please quote reference {request_id} if you contact us." in response.text
    assert "PDF renderer" not in response.text

    info, error = caplog.records[-2:]
    assert (info.getMessage(), info.request_id) == ("rendering invoice 13", request_id)
    assert (error.getMessage(), error.request_id) == ("Exception on /invoices/13 [GET]", request_id)
    assert error.exc_info[0] is RuntimeError  # the traceback is in the log, not the page


def test_the_proxy_id_is_reused_only_if_it_looks_like_one():
    client = create_app().test_client()
    response = client.get("/invoices/7", headers={"X-Request-ID": "req-2f9c1a7e"})
    assert response.headers["X-Request-ID"] == "req-2f9c1a7e"
    forged = client.get("/invoices/7", headers={"X-Request-ID": "<script>alert(1)</script>"})
    assert len(forged.headers["X-Request-ID"]) == 32  # replaced by a fresh uuid4().hex


def test_records_outside_a_request_get_a_placeholder(caplog):
    app = create_app()
    app.logger.warning("starting")
    assert caplog.records[-1].request_id == "-"
