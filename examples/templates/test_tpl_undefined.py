import pytest
from flask import render_template_string
from jinja2 import UndefinedError

from tpl_undefined import create_app


def test_default_undefined_hides_the_typo():
    response = create_app().test_client().get("/welcome")
    assert response.status_code == 200
    assert "<h1>Welcome back, !</h1>" in response.text  # no error, just a blank


def test_strict_undefined_turns_the_typo_into_an_error():
    app = create_app(strict=True)
    assert app.test_client().get("/welcome").status_code == 500
    app.testing = True  # propagate the exception to the test
    with pytest.raises(UndefinedError, match="has no attribute 'nmae'"):
        app.test_client().get("/welcome")


@pytest.mark.parametrize("strict", [False, True])
def test_is_defined_and_default_work_in_both_modes(strict):
    html = create_app(strict).test_client().get("/checkout").text
    assert "<p>Total: 42 EUR</p>" in html
    assert "Coupon" not in html
    assert "<p>Note: none</p>" in html


def test_default_mode_still_fails_one_level_deeper():
    app = create_app()
    with app.app_context():
        assert render_template_string("[{{ missing }}]") == "[]"
        assert render_template_string("{% for x in missing %}x{% endfor %}") == ""
        with pytest.raises(UndefinedError, match="'missing' is undefined"):
            render_template_string("{{ missing.city }}")
