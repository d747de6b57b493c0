from static_basics import api, app, assets_app

client = app.test_client()


def test_files_in_static_are_served():
    with client.get("/static/css/shop.css") as response:
        assert response.status_code == 200
        assert response.content_type == "text/css; charset=utf-8"
        assert b"font-family" in response.data


def test_templates_link_with_url_for():
    html = client.get("/").text
    assert 'href="/static/css/shop.css"' in html
    assert 'src="/static/img/logo.png"' in html  # url_for does not check the file exists
    assert client.get("/static/img/logo.png").status_code == 404


def test_paths_outside_the_folder_are_refused():
    assert client.get("/static/../static_basics.py").status_code == 404
    assert client.get("/static/%2e%2e/static_basics.py").status_code == 404


def test_static_url_path_moves_the_url_not_the_folder():
    assets = assets_app.test_client()
    with assets.get("/assets/css/shop.css") as response:
        assert response.status_code == 200
    assert assets.get("/static/css/shop.css").status_code == 404
    assert [rule.rule for rule in assets_app.url_map.iter_rules()] == ["/assets/<path:filename>"]


def test_static_folder_none_registers_no_route():
    assert list(api.url_map.iter_rules()) == []
