"""A fake OAuth 2 provider runs on 127.0.0.1 in a thread; nothing leaves the machine."""
import base64
import hashlib
import secrets
import threading
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from flask import Flask, abort, redirect, request
from werkzeug.serving import make_server

from oauth_login import ACCOUNTS, create_app


def fake_provider():
    provider = Flask("fake_provider")
    codes, tokens = {}, {}
    people = {"ann": {"id": 42, "login": "ann"}, "mallory": {"id": 666, "login": "mallory"}}

    @provider.get("/authorize")  # the user is signed in at the provider and consents
    def authorize():
        args = request.args
        if args.get("deny"):
            return redirect(f"{args['redirect_uri']}?error=access_denied&state={args['state']}")
        code = secrets.token_urlsafe(16)
        codes[code] = {**args, "person": args["as"]}
        query = urlencode({"code": code, "state": args["state"]})
        return redirect(f"{args['redirect_uri']}?{query}")

    @provider.post("/token")
    def token():
        grant = codes.pop(request.form["code"], None)  # single use
        if request.authorization is None or request.authorization.username != "shop" or \
                request.authorization.password != "from-the-provider's-console":
            return {"error": "invalid_client"}, 401
        verifier = request.form.get("code_verifier", "")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        if grant is None or grant["redirect_uri"] != request.form["redirect_uri"] or \
                challenge.rstrip(b"=").decode() != grant["code_challenge"]:
            return {"error": "invalid_grant"}, 400
        access_token = secrets.token_urlsafe(16)
        tokens[access_token] = people[grant["person"]]
        return {"access_token": access_token, "token_type": "Bearer", "expires_in": 3600}

    @provider.get("/api/me")
    def api_me():
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        return tokens.get(value) if scheme == "Bearer" and value in tokens else abort(401)

    return provider


@pytest.fixture(scope="module")
def provider():
    provider = fake_provider()
    server = make_server("127.0.0.1", 0, provider, threaded=True)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    yield provider, f"http://127.0.0.1:{server.port}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def app(provider):
    ACCOUNTS.clear()
    return create_app(provider[1])


def start_login(client, provider, person, **extra):
    """The browser part: our app -> provider -> back with ?code=...&state=..."""
    to_provider = client.get("/login/example").headers["Location"]
    query = parse_qs(urlsplit(to_provider).query)
    assert query["code_challenge_method"] == ["S256"] and "code_verifier" not in query
    consent = to_provider.replace(provider[1], "") + "&" + urlencode({"as": person, **extra})
    back = provider[0].test_client().get(consent)
    callback = urlsplit(back.headers["Location"])
    return callback.path, parse_qs(callback.query)


def test_the_authorization_code_flow_logs_the_user_in(app, provider):
    client = app.test_client()
    path, params = start_login(client, provider, "ann")
    response = client.get(path, query_string={k: v[0] for k, v in params.items()})
    assert response.status_code == 303
    assert client.get("/me").json == {"name": "ann"}
    assert list(ACCOUNTS) == [("example", "42")]


def test_a_callback_with_someone_elses_state_is_rejected(app, provider):
    mallory = app.test_client()
    path, params = start_login(mallory, provider, "mallory")  # Mallory stops before the callback
    victim = app.test_client()  # ...and sends the callback URL to the victim (login CSRF)
    response = victim.get(path, query_string={k: v[0] for k, v in params.items()})
    assert response.status_code == 400
    assert response.json == {"error": "mismatching_state"}
    assert victim.get("/me").status_code == 401  # not logged in as Mallory


def test_a_stolen_code_fails_without_the_matching_pkce_verifier(app, provider):
    victim = app.test_client()
    _, stolen = start_login(victim, provider, "ann")  # e.g. leaked from a log or Referer
    attacker = app.test_client()
    path, own = start_login(attacker, provider, "mallory")
    response = attacker.get(path, query_string={"code": stolen["code"][0],
                                                "state": own["state"][0]})
    assert response.json == {"error": "invalid_grant"}  # verifier belongs to another flow


def test_denied_consent_is_handled(app, provider):
    client = app.test_client()
    path, params = start_login(client, provider, "ann", deny="1")
    response = client.get(path, query_string={k: v[0] for k, v in params.items()})
    assert response.json == {"error": "access_denied"}


def test_a_wrong_client_secret_is_rejected(provider):
    ACCOUNTS.clear()
    app = create_app(provider[1], EXAMPLE_CLIENT_SECRET="wrong")
    client = app.test_client()
    path, params = start_login(client, provider, "ann")
    response = client.get(path, query_string={k: v[0] for k, v in params.items()})
    assert response.json == {"error": "invalid_client"}
