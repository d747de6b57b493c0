import sys

import pytest

from async_views import app, events


def test_sync_views_need_nothing_extra():
    assert app.test_client().get("/sync").json == {"mode": "sync"}


def test_async_view_without_the_async_extra_fails(monkeypatch):
    monkeypatch.setitem(sys.modules, "asgiref.sync", None)  # as if asgiref is not installed
    monkeypatch.setattr(app, "testing", True)
    with pytest.raises(RuntimeError, match="Install Flask with the 'async' extra"):
        app.test_client().get("/dashboard")


def test_awaits_inside_one_request_overlap():
    events.clear()
    assert app.test_client().get("/dashboard").json == {"results": ["users", "orders"]}
    # Both calls started before either finished: gather ran them concurrently, and the
    # response came back only after both had ended.
    assert events == ["start users", "start orders", "end users", "end orders"]

