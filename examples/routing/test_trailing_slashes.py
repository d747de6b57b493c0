from trailing_slashes import app, strict

client = app.test_client()


def test_missing_slash_redirects_with_308():
    response = client.get("/projects")
    assert response.status_code == 308
    assert response.headers["Location"] == "http://localhost/projects/"
    assert client.get("/projects?page=2").headers["Location"] == "http://localhost/projects/?page=2"


def test_308_preserves_method_and_body():
    response = client.post("/projects", data="name=atlas", follow_redirects=True)
    assert [r.status_code for r in response.history] == [308]
    assert response.request.method == "POST"
    assert response.text == "POST projects name=atlas"


def test_extra_slash_is_404():
    assert client.get("/about").text == "about"
    assert client.get("/about/").status_code == 404


def test_strict_slashes_false_accepts_both():
    assert client.get("/status").text == "ok"
    assert client.get("/status/").text == "ok"


def test_merge_slashes():
    response = client.get("/items//3")
    assert (response.status_code, response.headers["Location"]) == (308, "http://localhost/items/3")
    assert client.get("/items/3").text == "item 3"
    assert strict.test_client().get("/items//3").status_code == 404
