"""Log in with an OAuth 2 provider through Authlib's Flask client: authorization code + PKCE."""
from authlib.integrations.flask_client import OAuth, OAuthError
from flask import Flask, redirect, url_for
from flask_login import LoginManager, UserMixin, current_user, login_required, login_user

ACCOUNTS: dict[tuple[str, str], "User"] = {}  # (provider, provider's user id) -> local user


class User(UserMixin):
    def __init__(self, user_id, name):
        self.id = user_id
        self.name = name


def create_app(provider_url, **config):
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="dev-only",
        EXAMPLE_CLIENT_ID="shop",  # Authlib reads <NAME>_CLIENT_ID / _CLIENT_SECRET
        EXAMPLE_CLIENT_SECRET="from-the-provider's-console",  # from the environment, really
    )
    app.config.update(config)
    oauth = OAuth(app)
    oauth.register(
        "example",
        authorize_url=f"{provider_url}/authorize",
        access_token_url=f"{provider_url}/token",
        api_base_url=f"{provider_url}/api/",
        client_kwargs={"scope": "profile", "code_challenge_method": "S256"},  # PKCE
    )
    login_manager = LoginManager(app)

    @login_manager.user_loader
    def load_user(user_id):
        return next((u for u in ACCOUNTS.values() if u.id == user_id), None)

    @app.get("/login/example")
    def login():
        # Stores state (and the PKCE verifier) in the session, redirects to the provider.
        return oauth.example.authorize_redirect(url_for("callback", _external=True))

    @app.get("/auth/example/callback")
    def callback():
        try:
            token = oauth.example.authorize_access_token()  # checks state, swaps code for token
        except OAuthError as error:  # wrong state, denied consent, rejected code...
            return {"error": error.error}, 400
        profile = oauth.example.get("me", token=token).json()
        key = ("example", str(profile["id"]))  # the provider's stable id, not the email
        user = ACCOUNTS.setdefault(key, User(f"u{len(ACCOUNTS) + 1}", profile["login"]))
        login_user(user)
        return redirect(url_for("me"), code=303)

    @app.get("/me")
    @login_required
    def me():
        return {"name": current_user.name}

    return app
