from flask import request

from root_files import app, shortcut, spa


def test_robots_txt_at_the_root():
    with app.test_client().get("/robots.txt") as response:
        assert response.content_type == "text/plain; charset=utf-8"
        assert "Disallow: /admin/" in response.text


def test_spa_serves_assets_and_falls_back_to_the_shell():
    client = spa.test_client()
    assert client.get("/api/health").json == {"ok": True}
    with client.get("/assets/spa_app.js") as response:
        assert response.content_type == "text/javascript; charset=utf-8"
    for url in ["/", "/dashboard", "/orders/42"]:
        with client.get(url) as response:
            assert response.status_code == 200
            assert '<div id="root">' in response.text


def test_unknown_api_urls_stay_404():
    assert spa.test_client().get("/api/helth").status_code == 404


def test_paths_outside_the_build_get_the_shell_not_the_file():
    with spa.test_client().get("/../root_files.py") as response:
        assert '<div id="root">' in response.text


def test_static_url_path_shortcut_shadows_the_fallback():
    client = shortcut.test_client()
    assert client.get("/api/health").json == {"ok": True}
    with client.get("/assets/spa_app.js") as response:
        assert response.status_code == 200
    assert client.get("/dashboard").status_code == 404  # the fallback view never runs
    assert client.get("/").status_code == 404  # and "/" matches no rule at all
    with shortcut.test_request_context("/dashboard"):
        assert request.endpoint == "static"  # routing picked the static rule
        with shortcut.view_functions["shortcut_fallback"]("dashboard") as direct:
            assert direct.status_code == 200  # the view itself works; it is just unreachable
