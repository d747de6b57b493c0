from flask import Flask

from error_handlers import app

client = app.test_client()


def test_html_404_for_browsers():
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert response.content_type == "text/html; charset=utf-8"
    assert "<title>404 Not Found</title>" in response.text
    assert '<a href="/">Back to the shop</a>' in response.text
    assert client.get("/").text == "shop"


def test_json_404_for_the_api():
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404
    assert response.json["error"] == "Not Found"


def test_json_405_keeps_the_allow_header():
    response = client.get("/api/orders")
    assert response.status_code == 405
    assert response.json["error"] == "Method Not Allowed"
    assert set(response.headers["Allow"].split(", ")) == {"POST", "OPTIONS"}


def test_application_exceptions_carry_their_status():
    assert client.post("/api/orders", json={"quantity": 2}).status_code == 201
    response = client.post("/api/orders", json={"quantity": 0})
    assert (response.status_code, response.json) == (400, {"error": "Quantity must be at least 1."})
    response = client.post("/api/orders", data="quantity=2")
    assert (response.status_code, response.json) == (415, {"error": "Send the order as JSON."})


def test_500_hides_details_and_logs_them(caplog):
    response = client.get("/crash")
    assert response.status_code == 500
    assert "Something went wrong on our side." in response.text
    assert "hunter2" not in response.text
    api_response = client.get("/api/crash")
    assert api_response.json == {"error": "Internal Server Error"}
    assert "hunter2" in str(caplog.records[-1].exc_info[1])  # the log keeps the details


def test_a_handler_that_forgets_the_status_sends_200():
    forgetful = Flask(__name__)
    forgetful.register_error_handler(404, lambda error: "Page not found")  # no status
    assert forgetful.test_client().get("/nope").status_code == 200  # search engines index it
