from api_cors import (NOTES, PRODUCTION, REFLECT_ANY_WITH_CREDENTIALS, UNANCHORED_REGEX,
                      create_app)

APP, EVIL = "https://app.example.com", "https://evil.example"


def cors_headers(response):
    return {k: v for k, v in response.headers.items()
            if k.startswith("Access-Control-") or k == "Vary"}


def preflight(client, origin, method, headers="Content-Type"):
    return client.options("/api/notes", headers={
        "Origin": origin, "Access-Control-Request-Method": method,
        "Access-Control-Request-Headers": headers})


def test_default_cors_app_echoes_every_origin_without_credentials():
    client = create_app().test_client()
    assert cors_headers(client.get("/api/profile", headers={"Origin": EVIL})) == {
        "Access-Control-Allow-Origin": EVIL, "Vary": "Origin"}  # not "*", but any origin
    response = preflight(client, EVIL, "DELETE", "X-Anything")
    assert response.headers["Access-Control-Allow-Methods"] == (
        "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT")
    assert response.headers["Access-Control-Allow-Headers"] == "X-Anything"
    assert client.get("/api/profile").headers["Access-Control-Allow-Origin"] == "*"


def test_insecure_credentials_with_any_origin():
    client = create_app(**REFLECT_ANY_WITH_CREDENTIALS).test_client()
    response = client.get("/api/profile", headers={"Origin": EVIL})
    # The attack works: a browser lets evil.example read the victim's profile.
    assert response.headers["Access-Control-Allow-Origin"] == EVIL
    assert response.headers["Access-Control-Allow-Credentials"] == "true"


def test_insecure_unanchored_origin_regex():
    client = create_app(**UNANCHORED_REGEX).test_client()
    lookalike = "https://app.example.com.evil.net"
    response = client.get("/api/profile", headers={"Origin": lookalike})
    assert response.headers["Access-Control-Allow-Origin"] == lookalike


def test_production_allows_listed_origins_with_credentials():
    client = create_app(**PRODUCTION).test_client()
    response = client.get("/api/profile", headers={"Origin": APP})
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": APP, "Access-Control-Allow-Credentials": "true",
        "Access-Control-Expose-Headers": "Location", "Vary": "Origin"}


def test_production_refuses_other_and_lookalike_origins():
    client = create_app(**PRODUCTION).test_client()
    for origin in (EVIL, "https://app.example.com.evil.net", "http://app.example.com"):
        assert cors_headers(client.get("/api/profile", headers={"Origin": origin})) == {}


def test_production_preflight_lists_only_configured_methods_and_headers():
    client = create_app(**PRODUCTION).test_client()
    allowed = preflight(client, APP, "DELETE", "Content-Type, X-Debug")
    assert allowed.headers["Access-Control-Allow-Methods"] == "DELETE, GET, POST, PUT"
    assert allowed.headers["Access-Control-Allow-Headers"] == "Content-Type"  # not X-Debug
    assert allowed.headers["Access-Control-Max-Age"] == "600"
    refused = preflight(client, APP, "PATCH")
    assert "Access-Control-Allow-Methods" not in refused.headers  # the browser stops here


def test_public_paths_use_a_literal_wildcard_without_credentials():
    client = create_app(**PRODUCTION).test_client()
    response = client.get("/public/stats", headers={"Origin": EVIL})
    assert cors_headers(response) == {"Access-Control-Allow-Origin": "*"}


def test_cors_does_not_stop_the_request_from_running():
    NOTES.clear()
    client = create_app(**PRODUCTION).test_client()
    response = client.post("/api/notes", headers={"Origin": EVIL}, json={})
    assert response.status_code == 201 and NOTES == ["note"]  # the server did the work
    assert "Access-Control-Allow-Origin" not in response.headers  # only reading is blocked
