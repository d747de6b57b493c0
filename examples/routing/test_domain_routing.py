import pytest
from flask import url_for

from domain_routing import create_host_app, create_subdomain_app


@pytest.fixture
def sub():
    return create_subdomain_app()


def test_subdomain_rules(sub):
    client = sub.test_client()
    assert client.get("/").text == "marketing site"  # test client uses SERVER_NAME
    assert client.get("/", base_url="http://acme.saas.test").text == "Acme Corp dashboard"
    assert client.get("/status", base_url="http://api.saas.test").json == {"ok": True}
    assert client.get("/status").status_code == 404  # not on the bare domain
    assert client.get("/", base_url="http://initech.saas.test").status_code == 404
    assert client.get("/", headers={"Host": "globex.saas.test"}).text == "Globex dashboard"


def test_a_foreign_host_warns_and_reaches_the_wildcard(sub):
    with pytest.warns(UserWarning, match="doesn't match configured server name"):
        response = sub.test_client().get("/", base_url="http://10.0.0.5")
    # Werkzeug sets the subdomain to "<invalid>"; only the lookup makes this a 404.
    assert response.status_code == 404


def test_building_subdomain_urls(sub):
    with sub.app_context():
        assert url_for("tenant_home", tenant="acme") == "http://acme.saas.test/"
        assert url_for("api_status") == "http://api.saas.test/status"
    with sub.test_request_context(base_url="http://acme.saas.test"):
        assert url_for("tenant_home", tenant="acme") == "/"  # same host: relative
        assert url_for("marketing") == "http://saas.test/"  # other host: absolute


def test_host_matching():
    app = create_host_app()
    client = app.test_client()
    assert client.get("/", base_url="http://acme.shops.test").text == "shop acme"
    assert client.get("/", base_url="http://admin.test").text == "admin"
    assert client.get("/", base_url="http://unknown.test").status_code == 404
    assert client.get("/", base_url="http://admin.test:8000").status_code == 404  # port counts
    with app.test_request_context(base_url="http://admin.test"):
        assert url_for("storefront", shop="acme") == "http://acme.shops.test/"
        assert url_for("static", filename="app.css") == "http://static.shops.test/static/app.css"
