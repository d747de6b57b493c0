import base64
import json

import pytest
from joserfc import jwt
from joserfc.jwk import OctKey

from api_auth import API_KEYS, SIGNING_KEY, app, issue_access_token, issue_api_key


@pytest.fixture
def client():
    API_KEYS.clear()
    return app.test_client()


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def test_valid_access_token_passes(client):
    token = issue_access_token("ana", ["reports:read"])
    response = client.get("/api/reports", headers=bearer(token))
    assert response.status_code == 200
    assert response.json["for"] == "ana"


def test_missing_or_garbage_credentials_get_401_with_a_challenge(client):
    for headers in ({}, bearer("not-a-jwt"), {"Authorization": "Basic YWxhZGRpbjpvcGVu"}):
        response = client.get("/api/reports", headers=headers)
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == 'Bearer realm="api"'
        assert response.json == {"error": "missing or invalid credentials"}


def test_missing_scope_is_403_not_401(client):
    token = issue_access_token("ana", ["reports:read"])
    response = client.post("/api/reports", headers=bearer(token))
    assert response.status_code == 403
    assert 'error="insufficient_scope"' in response.headers["WWW-Authenticate"]


def test_forged_and_tampered_tokens_fail(client):
    forged = issue_access_token("admin", ["reports:write"], key=OctKey.generate_key(256))
    assert client.post("/api/reports", headers=bearer(forged)).status_code == 401
    header, payload, signature = issue_access_token("ana", ["reports:read"]).split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["scope"] = "reports:read reports:write"  # grant ourselves more
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    tampered = f"{header}.{payload}.{signature}"
    assert client.post("/api/reports", headers=bearer(tampered)).status_code == 401


def test_alg_none_is_rejected(client):
    def b64(data):
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    unsigned = b64({"alg": "none"}) + "." + b64(
        {"iss": "https://auth.example.com", "aud": "https://api.example.com", "sub": "admin",
         "scope": "reports:write", "exp": 4102444800}) + "."
    assert client.post("/api/reports", headers=bearer(unsigned)).status_code == 401


def test_algorithms_outside_the_allow_list_are_rejected(client):
    claims = {"iss": "https://auth.example.com", "aud": "https://api.example.com",
              "sub": "ana", "scope": "reports:read", "exp": 4102444800}
    other_alg = jwt.encode({"alg": "HS512"}, claims, SIGNING_KEY, algorithms=["HS512"])
    assert client.get("/api/reports", headers=bearer(other_alg)).status_code == 401


def test_expired_token_and_wrong_audience(client):
    expired = issue_access_token("ana", ["reports:read"], lifetime=-60)
    other_api = issue_access_token("ana", ["reports:read"], audience="https://billing.example.com")
    for token in (expired, other_api):
        # The insecure view only checks the signature: the attack succeeds there...
        assert client.get("/api/insecure/me", headers=bearer(token)).json == {"user": "ana"}
        # ...and fails where the claims are validated.
        assert client.get("/api/reports", headers=bearer(token)).status_code == 401
    assert client.get("/api/insecure/me", headers=bearer("junk")).status_code == 401


def test_api_keys_are_stored_hashed_and_scoped(client):
    key = issue_api_key("billing-service", ["reports:read"])
    assert key not in json.dumps(list(API_KEYS))  # only the digest is kept
    assert client.get("/api/reports", headers={"X-API-Key": key}).json["for"] == "billing-service"
    assert client.get("/api/reports", headers={"X-API-Key": key + "x"}).status_code == 401
    assert client.post("/api/reports", headers={"X-API-Key": key}).status_code == 403


def test_write_scope_can_create(client):
    token = issue_access_token("ben", ["reports:read", "reports:write"])
    response = client.post("/api/reports", headers=bearer(token))
    assert (response.status_code, response.json) == (201, {"created_by": "ben"})


def test_decorator_keeps_the_view_name():
    assert app.view_functions["list_reports"].__name__ == "list_reports"
