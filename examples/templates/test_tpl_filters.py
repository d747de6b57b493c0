import pytest
from flask import render_template_string
from jinja2 import TemplateAssertionError

from tpl_filters import app, broken, shout

client = app.test_client()


def test_custom_filters_render():
    html = client.get("/reviews/demo").text
    assert "<header>AL (Ada Lovelace)</header>" in html
    assert "Paid 1,234.50 EUR, or 1,333.26 USD" in html  # a filter with an argument


def test_html_returning_filter_escapes_its_input():
    html = client.get("/reviews/demo").text
    assert "Great grinder.<br>\n&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;br&gt;" not in html  # our <br> is Markup, so it is not escaped again


def test_registration_puts_functions_in_the_filters_dict():
    for name in ("price", "nl2br", "initials"):
        assert name in app.jinja_env.filters


def test_reverse_is_already_built_in():
    html = client.get("/reviews/demo").text
    assert "Built-in: olleh, 1-2-3" in html
    assert "reverse" in broken.jinja_env.filters  # registering "reverse" would shadow it


def test_decorator_without_parentheses_registers_nothing():
    assert "shout" not in broken.jinja_env.filters
    assert shout.__name__ == "decorator"  # the module-level name no longer is our function
    # Our function survives only as the `name` argument captured by that decorator.
    captured = dict(zip(shout.__code__.co_freevars, shout.__closure__))["name"].cell_contents
    assert captured("hi") == "HI"
    with broken.app_context(), pytest.raises(TemplateAssertionError, match="No filter named 'shout'"):
        render_template_string("{{ 'hi'|shout }}")
