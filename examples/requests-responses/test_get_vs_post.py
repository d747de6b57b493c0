from get_vs_post import app

client = app.test_client()


def test_get_parameters_are_in_the_url():
    response = client.get("/search", query_string={"q": "Flask"})
    assert response.json == {"q": "flask", "results": ["flask mug", "flask t-shirt"]}
    assert response.request.url == "http://localhost/search?q=Flask"  # bookmarkable


def test_a_route_accepts_only_get_unless_methods_says_otherwise():
    assert client.post("/search").status_code == 405
    assert client.get("/login").status_code == 200
    assert client.delete("/login").status_code == 405


def test_post_data_is_in_the_body():
    response = client.post("/login", data={"username": "ada", "password": "correct horse"})
    assert (response.status_code, response.headers["Location"]) == (303, "/search")
    assert "correct" not in response.request.url  # the secret never was in the URL
    assert client.post("/login", data={"username": "ada", "password": "wrong"}).status_code == 401


def test_form_and_args_are_separate():
    # The same fields in the query string are not form data: request.form["username"]
    # raises BadRequestKeyError, which the client sees as a 400.
    response = client.post("/login", query_string={"username": "ada", "password": "x"})
    assert response.status_code == 400
