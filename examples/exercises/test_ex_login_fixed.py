from urllib.parse import urljoin, urlsplit

import pytest
from werkzeug.security import generate_password_hash

from ex_login_fixed import USERS, create_app, safe_next

RIGHT = {"email": "ada@example.com", "password": "plum tractor velvet"}


@pytest.fixture
def client():
    return create_app("test only").test_client()


def test_legitimate_login_works(client):
    response = client.post("/login?next=/account", data=RIGHT)
    assert response.status_code == 302 and response.location == "/account"


def test_enumeration_fails(client):
    unknown = client.post("/login", data={"email": "bob@example.com", "password": "x"})
    known = client.post("/login", data={"email": "ada@example.com", "password": "x"})
    assert unknown.status_code == known.status_code == 401
    assert unknown.json == known.json == {"error": "wrong email or password"}


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example",
                                    "javascript:alert(1)", "", None])
def test_open_redirect_fails(client, target):
    url = "/login" if target is None else f"/login?next={target}"
    assert client.post(url, data=RIGHT).location == "/"


def test_safe_next_keeps_local_paths():
    assert safe_next("/orders?page=2") == "/orders?page=2"
    assert safe_next("/:@evil.example") == "/:@evil.example"  # a local path, harmless


def test_guessing_is_limited(client):
    wrong = {"email": "ada@example.com", "password": "guess"}
    codes = [client.post("/login", data=wrong).status_code for _ in range(6)]
    assert codes == [401] * 5 + [429]


def test_hash_is_slow_and_salted():
    assert USERS["ada@example.com"].startswith("scrypt:")
    assert USERS["ada@example.com"] != generate_password_hash("plum tractor velvet")  # new salt


@pytest.mark.parametrize("target", [
    "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "\t//evil.example",
    "/\\evil.example", "\\\\evil.example", "/%09/evil.example", "/%0a/evil.example",
    "https://evil.example", "//evil.example", "HTTPS:evil.example", "javascript:alert(1)",
    " //evil.example", "/\x00/evil.example",
])
def test_disguised_external_targets_never_leave_the_site(client, target):
    """Tabs, newlines, backslashes and their percent-encoded forms: the browser resolves the
    Location header to this site, never to evil.example (the form a real attack takes)."""
    response = client.post("/login", query_string={"next": target}, data=RIGHT)
    assert response.status_code == 302
    location = response.headers["Location"]
    assert not any(ord(ch) < 32 for ch in location)
    # What a browser does: drop tabs and newlines, read backslashes as slashes, then resolve.
    browser_view = location.replace("\t", "").replace("\n", "").replace("\r", "").replace("\\", "/")
    assert urlsplit(urljoin("http://shop.example/login", browser_view)).hostname == "shop.example"


def test_non_ascii_local_path_is_kept_and_encoded():
    assert safe_next("/bücher?q=ä") == "/b%C3%BCcher?q=%C3%A4"
