import pytest
from flask import Flask

from factory_extensions import Base, db


def test_the_extension_object_exists_before_any_app():
    assert db.Model.metadata is Base.metadata


def test_it_is_unusable_until_bound_and_inside_an_app_context():
    with pytest.raises(RuntimeError, match="outside of application context"):
        db.engine
    unbound = Flask("unbound")
    with unbound.app_context(), pytest.raises(RuntimeError, match="init_app"):
        db.engine
