from cfg_basics import app


def test_values_are_read_through_current_app():
    assert app.test_client().get("/settings").json == {
        "per_page": 20, "feature_x": False, "debug": False
    }


def test_templates_see_the_config():
    assert app.test_client().get("/footer").text == "Contact help@example.com"


def test_config_is_a_dict_with_defaults():
    assert isinstance(app.config, dict)
    assert app.config["SESSION_COOKIE_NAME"] == "session"  # a built-in default
    assert app.config["PERMANENT_SESSION_LIFETIME"].days == 31
    assert app.secret_key == app.config["SECRET_KEY"] == "dev-only"


def test_from_mapping_skips_lowercase_keys_but_update_does_not():
    assert app.config["MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024
    assert "items_per_page" not in app.config
    app.config.update(temp_value=1)  # plain dict method: no filtering
    assert app.config.pop("temp_value") == 1


def test_a_misspelt_key_is_silently_ignored():
    cookie = app.test_client().get("/login").headers["Set-Cookie"]
    assert "Secure" not in cookie  # SESSION_COOKIE_SECURED did nothing
