import logging

from tpl_template_loading import create_app


def test_list_of_names_gives_per_tenant_overrides():
    client = create_app().test_client()
    assert client.get("/t/acme/").text == "<h1>Acme customer portal</h1>"
    assert client.get("/t/globex/").text == "<h1>Welcome, globex</h1>"  # the fallback
    assert client.get("/t/initech/").status_code == 404  # unknown tenant: no lookup at all


def test_a_theme_loader_is_searched_first():
    client = create_app(theme="winter").test_client()
    assert client.get("/t/globex/").text == '<h1 class="winter">Welcome, globex</h1>'
    assert client.get("/t/acme/").text == "<h1>Acme customer portal</h1>"  # not in the theme


def test_bare_names_in_blueprints_clash():
    client = create_app().test_client()
    assert client.get("/admin/").text.strip() == "<h1>Admin home</h1>"
    assert client.get("/shop/").text.strip() == "<h1>Admin home</h1>"  # registered first


def test_explain_template_loading_logs_every_attempt(caplog):
    app = create_app(explain=True)
    with caplog.at_level(logging.INFO, logger=app.logger.name):  # INFO is hidden by default
        app.test_client().get("/shop/")
    log = caplog.text
    assert "Locating template 'index.html'" in log
    assert "trying loader of application 'tpl_template_loading'" in log
    assert "trying loader of blueprint 'admin'" in log
    assert "Warning: multiple loaders returned a match for the template." in log
    assert "looked up from an endpoint that belongs to the blueprint 'shop'" in log
