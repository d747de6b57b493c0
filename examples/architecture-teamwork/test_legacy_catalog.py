"""Tests of the old code, written BEFORE the refactoring and kept while it runs."""
import pytest

import legacy_catalog


def test_the_old_routes_still_work_on_flask_3():
    client = legacy_catalog.app.test_client()
    assert client.get("/api/products/1").json == {"id": 1, "name": "mug"}
    assert client.get("/api/products/9").status_code == 404


def test_flask_ext_namespace_is_gone():
    with pytest.raises(ModuleNotFoundError, match="flask.ext"):
        legacy_catalog.load_extension_the_old_way()


def test_flask_script_cannot_work_on_modern_flask():
    with pytest.raises(ModuleNotFoundError):
        legacy_catalog.build_flask_script_manager()
    with pytest.raises(ModuleNotFoundError, match="flask._compat"):
        __import__("flask._compat")  # what Flask-Script imports, even when installed


def test_before_first_request_is_gone():
    with pytest.raises(AttributeError, match="before_first_request"):
        legacy_catalog.warm_cache_on_first_request()
