from flask import url_for

from bp_shop import create_app

app = create_app()
client = app.test_client()


def test_registration_prefix_overrides_the_blueprint_default():
    assert client.get("/staff/").text == "admin dashboard"
    assert client.get("/admin/").status_code == 404


def test_endpoints_are_namespaced_by_blueprint_name():
    rules = {rule.endpoint: rule.rule for rule in app.url_map.iter_rules()}
    assert rules["auth.login"] == "/login"
    assert rules["admin.user_detail"] == "/staff/users/<int:user_id>"
    assert client.get("/staff/users/7").json == {
        "user": 7, "endpoint": "admin.user_detail", "blueprint": "admin"}


def test_url_for_uses_full_or_relative_names():
    assert client.get("/login").text == "login form"
    assert client.post("/login").headers["Location"] == "/staff/"
    assert client.get("/logout").headers["Location"] == "/login"
    with app.test_request_context():
        assert url_for("admin.user_detail", user_id=3) == "/staff/users/3"


def test_a_blueprint_is_not_an_app():
    assert set(app.blueprints) == {"auth", "admin"}
    assert not hasattr(app.blueprints["admin"], "test_client")
