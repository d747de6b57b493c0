import pytest

from redirect_views import MESSAGES, app

client = app.test_client()


def test_redirect_defaults_to_302():
    response = client.get("/go-to-pricing")
    assert response.status_code == 302
    assert response.headers["Location"] == "/pricing"  # relative, as given


def test_permanent_redirect():
    response = client.get("/old-pricing", follow_redirects=True)
    assert [r.status_code for r in response.history] == [301]
    assert response.text == "pricing"


def test_post_redirect_get_with_303():
    MESSAGES.clear()
    response = client.post("/messages", data={"text": "hi"})
    assert (response.status_code, response.headers["Location"]) == (303, "/messages/1")
    followed = client.post("/messages", data={"text": "again"}, follow_redirects=True)
    assert (followed.request.method, followed.text) == ("GET", "again")


@pytest.mark.parametrize(
    ("code", "method_after"),
    [(301, "GET"), (302, "GET"), (303, "GET"), (307, "POST"), (308, "POST")],
)
def test_which_codes_keep_the_method(code, method_after):
    response = client.post(f"/bounce/{code}", follow_redirects=True)
    assert response.text == method_after


@pytest.mark.parametrize(
    "attack",
    ["https://evil.example/", "//evil.example/", "/\\evil.example/", "/\t/evil.example/",
     "javascript:alert(1)", "dashboard"],
)
def test_unsafe_next_is_replaced(attack):
    response = client.post("/login", query_string={"next": attack})
    assert response.headers["Location"] == "/dashboard"


def test_safe_next_is_kept():
    response = client.post("/login", query_string={"next": "/messages/1?tab=all"})
    assert response.headers["Location"] == "/messages/1?tab=all"
    assert client.get("/dashboard").text == "dashboard"


def test_the_unsafe_version_sends_users_away():
    response = client.post("/login-unsafe", query_string={"next": "https://evil.example/"})
    assert response.headers["Location"] == "https://evil.example/"
