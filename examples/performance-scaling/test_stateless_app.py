import pytest

from stateless_app import SHARED_DB, create_app

SQLITE = "sqlite://"


def pair(redis_url, cache_config, key_b="same-key"):
    a = create_app(secret_key="same-key", cache_config=cache_config,
                   database_url=SQLITE, redis_url=redis_url)
    b = create_app(secret_key=key_b, cache_config=cache_config,
                   database_url=SQLITE, redis_url=redis_url)
    return a, b


@pytest.fixture(autouse=True)
def reset():
    SHARED_DB["price"] = 30


def test_a_session_cookie_from_one_instance_works_on_another(redis_url):
    a, b = pair(redis_url, {"CACHE_TYPE": "SimpleCache"})
    browser = a.test_client()
    browser.post("/login/alice")
    cookie = browser.get_cookie("session")
    other = b.test_client()
    other.set_cookie("session", cookie.value)
    assert other.get("/whoami").json == {"user": "alice"}


def test_instances_with_different_secret_keys_log_users_out(redis_url):
    a, b = pair(redis_url, {"CACHE_TYPE": "SimpleCache"}, key_b="another-key")
    browser = a.test_client()
    browser.post("/login/alice")
    other = b.test_client()
    other.set_cookie("session", browser.get_cookie("session").value)
    assert other.get("/whoami").json == {"user": None}  # bad signature: an empty session


def test_per_process_cache_serves_stale_data_on_the_other_instance(redis_url):
    a, b = pair(redis_url, {"CACHE_TYPE": "SimpleCache"})
    assert b.test_client().get("/price").json == {"price": 30}  # B caches 30
    a.test_client().put("/price", json={"price": 35})  # A deletes its own copy only
    assert a.test_client().get("/price").json == {"price": 35}
    assert b.test_client().get("/price").json == {"price": 30}  # stale for up to 300 s


def test_shared_redis_cache_is_consistent_across_instances(redis_url):
    a, b = pair(redis_url, {"CACHE_TYPE": "RedisCache", "CACHE_REDIS_URL": redis_url})
    assert b.test_client().get("/price").json == {"price": 30}
    a.test_client().put("/price", json={"price": 35})
    assert b.test_client().get("/price").json == {"price": 35}


def test_ready_when_dependencies_answer(redis_url):
    a, _ = pair(redis_url, {"CACHE_TYPE": "SimpleCache"})
    response = a.test_client().get("/readyz")
    assert response.status_code == 200
    assert response.json == {"checks": {"database": "ok", "redis": "ok"}}
    a.extensions["engine"].dispose()


def test_not_ready_takes_the_instance_out_of_rotation(tmp_path):
    app = create_app(secret_key="k", cache_config={"CACHE_TYPE": "SimpleCache"},
                     database_url=f"sqlite:///{tmp_path}/missing/dir/app.db",
                     redis_url="redis://127.0.0.1:1/0")
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json == {"checks": {"database": "unavailable", "redis": "unavailable"}}
    app.extensions["engine"].dispose()
