from multi_apps import create_combined


def test_requests_are_dispatched_by_prefix_and_each_app_is_current():
    site, _ = create_combined(api_cookie_path="/api")
    client = site.test_client()
    assert client.get("/").json["app"] == "site"
    assert client.get("/api/status").json == {
        "app": "api", "visits": 1, "self": "/api/status", "script_root": "/api"}


def test_one_extension_object_keeps_separate_state_per_app():
    site, _ = create_combined(api_cookie_path="/api")
    client = site.test_client()
    client.get("/")
    client.get("/")
    assert client.get("/").json["visits"] == 3
    assert client.get("/api/status").json["visits"] == 1  # the api app's own database


def test_sharing_the_default_cookie_path_makes_the_apps_clobber_sessions():
    site, _ = create_combined()  # both apps write a cookie named "session" at path "/"
    client = site.test_client()
    client.get("/")
    client.get("/api/status")  # replaces the site's cookie with one signed by api-key
    assert client.get("/").json["seen"] == 1  # the site's session was lost


def test_a_separate_cookie_path_keeps_both_sessions():
    site, _ = create_combined(api_cookie_path="/api")
    client = site.test_client()
    client.get("/")
    client.get("/api/status")
    assert client.get("/").json["seen"] == 2
