import pytest
from flask import Blueprint, Flask, render_template, url_for
from werkzeug.routing import BuildError

from url_building import app, shop

client = app.test_client()


def test_template_links():
    html = client.get("/").text
    assert 'href="/shop/products/42"' in html
    assert 'href="/shop/cart?coupon=SPRING+10%25"' in html  # unknown key -> query string
    assert 'href="/shop/products/42#reviews"' in html
    assert 'href="/static/css/site.css"' in html


def test_relative_endpoint_inside_a_blueprint():
    assert client.get("/shop/products/7").json == {"cart": "/shop/cart", "self": "/shop/products/7"}
    assert client.get("/shop/cart").text == "cart"


def test_moving_the_blueprint_moves_generated_links_only():
    moved = Flask(__name__)
    moved.register_blueprint(shop, url_prefix="/store")
    with moved.test_request_context():
        html = render_template("routing_nav.html", featured_id=42)
    assert 'href="/store/products/42">Featured' in html  # url_for followed the rule
    assert 'href="/shop/products/42">Hardcoded' in html  # the literal did not...
    assert moved.test_client().get("/shop/products/42").status_code == 404  # ...and is dead


def test_external_urls_and_values_are_escaped():
    with app.test_request_context():
        assert url_for("user", name="Zoë") == "/users/Zo%C3%AB"
        assert url_for("shop.cart", _external=True) == "http://localhost/shop/cart"
        # Pitfall: "/" is not escaped in a string part, so this link 404s.
        assert url_for("user", name="a/b") == "/users/a/b"
    assert client.get("/users/a/b").status_code == 404
    assert client.get("/users/Zo%C3%AB").text == "Zoë"


def test_build_errors():
    with app.test_request_context():
        with pytest.raises(BuildError, match="Could not build url for endpoint 'cartt'"):
            url_for("cartt")
        with pytest.raises(BuildError, match="Did you forget to specify values"):
            url_for("shop.product")  # product_id missing
        with pytest.raises(BuildError):
            url_for("shop.cart", _method="POST")  # no POST rule for that endpoint


def test_redirect_uses_url_for():
    response = client.get("/buy/5")
    assert response.status_code == 302
    assert response.headers["Location"] == "/shop/products/5"


def test_the_prefix_is_the_registered_name_and_dots_are_relative_to_it():
    other = Flask(__name__)
    other.register_blueprint(shop, name="store", url_prefix="/store")  # name= renames it
    api = Blueprint("api", __name__, url_prefix="/api")
    api.register_blueprint(shop)  # nested: the parent's name comes first
    other.register_blueprint(api)
    endpoints = {rule.endpoint for rule in other.url_map.iter_rules()}
    assert {"store.cart", "api.shop.cart"} <= endpoints and "shop.cart" not in endpoints
    with other.test_request_context("/store/products/1"):
        assert url_for(".cart") == "/store/cart"  # relative to the registered name
    with other.test_request_context("/api/shop/products/1"):
        assert url_for(".cart") == "/api/shop/cart"
    # The view's full name "shop.product" does not exist here, so that view now fails.
    assert other.test_client().get("/store/products/1").status_code == 500
    with pytest.raises(ValueError, match="may not contain a dot"):
        Blueprint("blog", __name__).add_url_rule("/x", endpoint="blog.x")  # added for you
    with app.test_request_context("/"):  # not in a blueprint: the dot is dropped
        assert url_for(".home") == "/"
