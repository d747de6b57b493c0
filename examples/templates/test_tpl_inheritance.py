import pytest
from flask import render_template
from jinja2 import TemplateRuntimeError

from tpl_inheritance import app

client = app.test_client()


def test_child_fills_the_base_layout():
    html = client.get("/").text
    assert html.startswith("<!doctype html>")
    assert "<title>Acme Shop</title>" in html  # block not overridden: base content
    assert '<nav><a href="/">Home</a>' in html  # the include
    assert "<main><h1>Welcome</h1></main>" in html
    assert "<footer>&copy; Acme</footer>" in html


def test_super_keeps_the_parent_block():
    html = client.get("/products/1").text
    assert "<title>Burr grinder | Acme Shop</title>" in html
    assert '<link rel="stylesheet" href="/static/site.css">' in html  # super() in head
    assert '<meta name="description" content="Burr grinder for 89.50 EUR">' in html
    assert "<h1>Burr grinder</h1>" in html


def test_content_outside_blocks_is_ignored():
    assert "outside every block" not in client.get("/products/1").text


def test_a_missing_required_block_is_an_error():
    assert client.get("/broken").status_code == 500
    with app.app_context(), pytest.raises(TemplateRuntimeError, match="Required block 'content'"):
        render_template("inheritance/broken.html")
