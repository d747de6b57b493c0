import pytest
from jinja2.exceptions import SecurityError

from tpl_ssti import app, render_user_template

client = app.test_client()


def test_injected_expressions_are_evaluated():
    assert client.get("/greet-unsafe", query_string={"name": "{{ 7 * 7 }}"}).text == "<h1>Hello 49!</h1>"


def test_injection_reads_the_config():
    html = client.get("/greet-unsafe", query_string={"name": "{{ config.SECRET_KEY }}"}).text
    assert "s3cret-signing-key" in html


def test_injection_reaches_python_internals():
    payload = "{{ ''.__class__.__mro__[1].__subclasses__()|length }}"
    html = client.get("/greet-unsafe", query_string={"name": payload}).text
    assert int(html.removeprefix("<h1>Hello ").removesuffix("!</h1>")) > 100  # every class


def test_passing_input_as_data_is_safe():
    html = client.get("/greet", query_string={"name": "{{ 7 * 7 }}<b>"}).text
    assert html == "<h1>Hello {{ 7 * 7 }}&lt;b&gt;!</h1>"


def test_sandbox_blocks_internals_but_renders_normal_templates():
    assert render_user_template("Hi {{ name|title }}", name="ada") == "Hi Ada"
    assert render_user_template("[{{ ''.__class__ }}]") == "[]"  # an undefined, not the class
    with pytest.raises(SecurityError, match="access to attribute '__class__' of 'str'"):
        render_user_template("{{ ''.__class__.__mro__ }}")
    with pytest.raises(OverflowError, match="MAX_RANGE"):
        render_user_template("{% for i in range(10 ** 9) %}{% endfor %}")


def test_sandbox_does_not_hide_what_you_pass_in():
    assert "leaked" in render_user_template("{{ settings }}", settings={"SECRET_KEY": "leaked"})
