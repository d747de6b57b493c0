"""API authentication: hashed API keys for services, verified JWT access tokens for users."""
import hashlib
import secrets
import time
from functools import wraps

from flask import Flask, g, jsonify, request
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import OctKey

app = Flask(__name__)

# With an identity provider you would verify with its public keys (a JWKS, RS256/ES256).
SIGNING_KEY = OctKey.generate_key(256)
ISSUER, AUDIENCE = "https://auth.example.com", "https://api.example.com"
REQUIRED_CLAIMS = jwt.JWTClaimsRegistry(
    iss={"essential": True, "value": ISSUER},
    aud={"essential": True, "value": AUDIENCE},
    exp={"essential": True},
    sub={"essential": True},
)
API_KEYS: dict[str, dict] = {}  # sha256(key) -> client record; the key itself is not stored


def digest(api_key):
    return hashlib.sha256(api_key.encode()).hexdigest()


def issue_api_key(client, scopes):
    api_key = "sk_" + secrets.token_urlsafe(32)  # 256 random bits: a fast hash is enough
    API_KEYS[digest(api_key)] = {"client": client, "scopes": set(scopes)}
    return api_key  # shown to the client once


def issue_access_token(user, scopes, *, lifetime=300, audience=AUDIENCE, key=SIGNING_KEY):
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": audience, "sub": user, "scope": " ".join(scopes),
              "iat": now, "exp": now + lifetime}
    return jwt.encode({"alg": "HS256"}, claims, key)


def authenticate():
    """Return {"id", "scopes"} for valid credentials, else None."""
    api_key = request.headers.get("X-API-Key")
    if api_key is not None:
        record = API_KEYS.get(digest(api_key))
        return record and {"id": record["client"], "scopes": record["scopes"]}
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    try:
        claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"]).claims  # signature
        REQUIRED_CLAIMS.validate(claims)  # expiry, issuer, audience: decode() skips these
    except JoseError:
        return None
    return {"id": claims["sub"], "scopes": set(claims.get("scope", "").split())}


def challenge(status, message, www_authenticate):
    response = jsonify(error=message)
    response.status_code = status
    response.headers["WWW-Authenticate"] = www_authenticate
    return response


def auth_required(scope):
    def decorator(view):
        @wraps(view)  # keeps the name, so endpoints and url_for still work
        def wrapped(*args, **kwargs):
            principal = authenticate()
            if principal is None:
                return challenge(401, "missing or invalid credentials", 'Bearer realm="api"')
            if scope not in principal["scopes"]:
                return challenge(403, f"requires scope {scope}",
                                 f'Bearer error="insufficient_scope", scope="{scope}"')
            g.principal = principal
            return view(*args, **kwargs)
        return wrapped
    return decorator


@app.get("/api/reports")
@auth_required("reports:read")
def list_reports():
    return {"reports": ["q1", "q2"], "for": g.principal["id"]}


@app.post("/api/reports")
@auth_required("reports:write")
def create_report():
    return {"created_by": g.principal["id"]}, 201


@app.get("/api/insecure/me")
def insecure_me():
    # Insecure: decode() verifies the signature only; exp, iss and aud are never checked.
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"]).claims
    except JoseError:
        return {"error": "invalid token"}, 401
    return {"user": claims["sub"]}
