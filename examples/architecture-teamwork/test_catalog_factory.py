import pytest

import catalog_factory
import legacy_catalog


@pytest.fixture
def modern_app():
    app = catalog_factory.create_app()
    result = app.test_cli_runner().invoke(args=["init-db"])
    assert result.output == "Seeded 2 products.\n"
    yield app
    catalog_factory.CATALOG.clear()


OLD_URLS = ["/api/products", "/api/products/1", "/api/products/2", "/api/products/9"]


@pytest.mark.parametrize("url", OLD_URLS)
def test_characterisation_old_urls_answer_exactly_as_before(modern_app, url):
    before = legacy_catalog.app.test_client().get(url)
    after = modern_app.test_client().get(url)
    assert (after.status_code, after.json) == (before.status_code, before.json)


def test_new_versioned_urls_serve_the_same_views(modern_app):
    client = modern_app.test_client()
    assert client.get("/api/v1/products/2").json == {"id": 2, "name": "tee"}
    assert {r.endpoint for r in modern_app.url_map.iter_rules()} >= {
        "catalog.get_product", "catalog_legacy.get_product"}


def test_the_blueprint_needs_a_unique_name_to_be_registered_twice():
    app = catalog_factory.create_app()
    with pytest.raises(ValueError, match="already registered"):
        app.register_blueprint(catalog_factory.catalog, url_prefix="/old")
