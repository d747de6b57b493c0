from hello import app


def test_index_returns_greeting():
    response = app.test_client().get("/")
    assert response.status_code == 200
    assert response.text == "Hello, Flask!"
    assert response.mimetype == "text/html"
