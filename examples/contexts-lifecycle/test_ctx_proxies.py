import pytest
from flask import Flask, current_app
from werkzeug.local import LocalProxy

from ctx_proxies import app, app_name_seen_by_each_thread, current_tenant

client = app.test_client()


def test_custom_proxy_resolves_per_request():
    assert client.get("/whoami", headers={"X-Tenant": "acme"}).json == {"tenant": "acme"}
    assert client.get("/whoami").json["tenant"] == "public"
    with pytest.raises(RuntimeError, match="No tenant"):
        str(current_tenant)  # reset at teardown: unbound again


def test_a_proxy_looks_like_the_object_but_is_not_it():
    with app.app_context():
        assert isinstance(current_app, Flask)  # __class__ is forwarded
        assert type(current_app) is LocalProxy
        assert current_app == app
        assert current_app is not app
        assert current_app._get_current_object() is app  # the real object


def test_async_tasks_inherit_the_request_context():
    response = client.get("/fan-out", headers={"X-Tenant": "acme"})
    assert response.json == {"results": ["/fan-out#1:acme", "/fan-out#2:acme"]}


def test_contexts_are_isolated_per_thread():
    first, second = Flask("first"), Flask("second")
    assert app_name_seen_by_each_thread([first, second]) == {
        "first": "first", "second": "second"}
