import time

import pytest
from flask import Flask
from flask_caching import Cache
from werkzeug.utils import ImportStringError

from cache_view import cache, create_app, runs


@pytest.fixture
def client():
    for key in runs:
        runs[key] = 0
    app = create_app()
    with app.app_context():
        cache.clear()
    return app.test_client()


def test_second_request_is_served_from_the_cache(client):
    assert client.get("/report").json == {"orders": 1234, "revenue": 98765}
    assert client.get("/report").json == {"orders": 1234, "revenue": 98765}
    assert runs["report"] == 1


def test_deleting_the_key_forces_a_fresh_run(client):
    client.get("/report")
    with client.application.app_context():
        assert cache.get("view//report") == {"orders": 1234, "revenue": 98765}
        cache.delete("view//report")
    client.get("/report")
    assert runs["report"] == 2


def test_entries_expire_after_their_timeout():
    runs["report"] = 0
    app = create_app()

    @app.get("/short")
    @cache.cached(timeout=1)
    def short():
        runs["report"] += 1
        return "x"

    client = app.test_client()
    client.get("/short")
    client.get("/short")
    time.sleep(1.1)
    client.get("/short")
    assert runs["report"] == 2


def test_without_query_string_every_search_gets_the_first_answer(client):
    assert client.get("/search-broken?q=flask").json == {"q": "flask"}
    assert client.get("/search-broken?q=django").json == {"q": "flask"}  # wrong result
    assert runs["search_broken"] == 1


def test_query_string_true_caches_each_query_separately(client):
    assert client.get("/search?q=flask").json == {"q": "flask"}
    assert client.get("/search?q=django").json == {"q": "django"}
    assert client.get("/search?q=flask").json == {"q": "flask"}
    assert runs["search"] == 2


def test_query_string_key_ignores_argument_order(client):
    client.get("/search?q=flask&page=2")
    client.get("/search?page=2&q=flask")
    assert runs["search"] == 1


def test_cached_above_the_route_caches_nothing(client):
    client.get("/wrong-order")
    client.get("/wrong-order")
    assert runs["wrong_order"] == 2


def test_old_short_backend_names_no_longer_load():
    with pytest.raises(ImportStringError):
        create_app(CACHE_TYPE="simple")  # Flask-Caching 1.x name, removed in 2.0


def test_no_cache_type_means_nullcache_and_a_warning():
    with pytest.warns(UserWarning, match="caching is effectively disabled"):
        Cache().init_app(Flask(__name__))  # CACHE_TYPE defaults to "NullCache"
