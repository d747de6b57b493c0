import logging

import pytest
import redis

from cache_layers import BALANCES, PRODUCTS, cache, create_app, db_reads


@pytest.fixture
def app(redis_url):
    PRODUCTS[1]["price"] = 30
    db_reads["count"] = 0
    return create_app(redis_url)


def test_entries_live_in_redis_under_the_prefix(app, redis_url):
    app.test_client().get("/products")
    client = redis.Redis.from_url(redis_url)
    keys = sorted(k.decode() for k in client.keys("*"))
    client.close()
    assert all(k.startswith("shop:") for k in keys)
    assert any(k.startswith("shop:products/v0/") for k in keys)  # the cached page
    assert "shop:cache_layers.product_summary_memver" in keys  # memoize's version key
    assert len(keys) == 4  # plus one hashed key per memoized call (two products)


def test_listing_and_summaries_are_cached(app):
    client = app.test_client()
    assert client.get("/products").json == ["Kettle (30 EUR)", "Teapot (25 EUR)"]
    assert client.get("/products?sort=desc").json == ["Teapot (25 EUR)", "Kettle (30 EUR)"]
    assert db_reads["count"] == 2  # the second page reused both memoized summaries
    client.get("/products")
    client.get("/products?sort=desc")
    assert db_reads["count"] == 2


def test_a_write_invalidates_function_page_and_fragment_caches(app):
    client = app.test_client()
    client.get("/products")
    client.get("/products?sort=desc")
    assert "<li>Kettle</li>" in client.get("/").text
    reads = db_reads["count"]

    assert client.post("/products/1/price", json={"price": 35}).status_code == 204

    assert client.get("/products").json == ["Kettle (35 EUR)", "Teapot (25 EUR)"]
    assert client.get("/products?sort=desc").json == ["Teapot (25 EUR)", "Kettle (35 EUR)"]
    assert db_reads["count"] == reads + 1  # only the changed product was reloaded
    client.get("/")
    assert db_reads["count"] == reads + 3  # the fragment was rebuilt once


def test_template_fragment_is_rendered_once(app):
    client = app.test_client()
    client.get("/")
    client.get("/")
    assert db_reads["count"] == 2  # two products, loaded for the first render only


def test_insecure_shared_key_leaks_one_users_data_to_another(app):
    alice, bob = app.test_client(), app.test_client()
    alice.post("/login/alice")
    bob.post("/login/bob")
    assert alice.get("/account-insecure").json == {"user": "alice", "balance": 120}
    leaked = bob.get("/account-insecure").json
    assert leaked == {"user": "alice", "balance": 120}  # Bob sees Alice's account


def test_per_user_key_keeps_accounts_apart(app):
    alice, bob = app.test_client(), app.test_client()
    alice.post("/login/alice")
    bob.post("/login/bob")
    assert alice.get("/account").json == {"user": "alice", "balance": 120}
    assert bob.get("/account").json == {"user": "bob", "balance": 7}
    BALANCES["alice"] = 500
    assert alice.get("/account").json["balance"] == 120  # still served from the cache
    BALANCES["alice"] = 120


def test_a_dead_cache_degrades_to_the_slow_path(caplog):
    app = create_app("redis://127.0.0.1:1/0")  # nothing listens on port 1
    with caplog.at_level(logging.ERROR):
        response = app.test_client().get("/products")
    assert response.status_code == 200  # served without the cache
    assert "Exception possibly due to cache backend" in caplog.text
