import pytest
from flask import Flask

from bp_nested import app, order, shop

client = app.test_client()


def test_names_and_prefixes_are_combined():
    rules = {r.endpoint: r.rule for r in app.url_map.iter_rules() if r.endpoint != "static"}
    assert rules == {
        "shop.products": "/shop/products",
        "shop.cart.show_cart": "/shop/cart/",
        "shop_eu.products": "/eu/shop/products",
        "shop_eu.cart.show_cart": "/eu/shop/cart/",
    }


def test_both_registrations_serve_requests():
    assert client.get("/shop/products").json == {"endpoint": "shop.products"}
    assert client.get("/eu/shop/products").json == {"endpoint": "shop_eu.products"}


def test_relative_url_for_follows_the_registration():
    assert client.get("/shop/cart/").json == {
        "endpoint": "shop.cart.show_cart",
        "blueprints": ["shop.cart", "shop"],
        "self": "/shop/cart/",
        "products": "/shop/products",
    }
    eu = client.get("/eu/shop/cart/").json
    assert eu["self"] == "/eu/shop/cart/"
    assert eu["products"] == "/shop/products"  # absolute names do not follow


def test_hooks_run_from_the_app_down_to_the_innermost_blueprint():
    order.clear()
    client.get("/shop/cart/")
    assert order == ["app", "shop", "cart"]


def test_registering_the_same_name_twice_is_an_error():
    other = Flask("other")
    other.register_blueprint(shop)
    with pytest.raises(ValueError, match="already registered"):
        other.register_blueprint(shop)


def test_blueprint_names_cannot_contain_dots():
    from flask import Blueprint
    with pytest.raises(ValueError, match="may not contain a dot"):
        Blueprint("shop.cart", __name__)
