import pytest

from ex_init_db_buggy import create_app, init_db


def test_the_app_itself_is_fine():
    assert create_app().name == "ex_init_db_buggy"


def test_create_all_outside_an_app_context_raises():
    with pytest.raises(RuntimeError, match="Working outside of application context"):
        init_db()
