import pytest
from flask import render_template_string
from markupsafe import Markup, escape

from tpl_autoescape import app, bold, bold_unsafe

client = app.test_client()


def test_html_templates_escape_variables():
    html = client.get("/comment").text
    assert '<p class="escaped">&lt;img src=x onerror=&#34;alert(1)&#34;&gt;</p>' in html


def test_markup_is_trusted_and_safe_disables_escaping():
    html = client.get("/comment").text
    assert "<em>the Acme team</em> <b>&lt;script&gt;</b>" in html
    assert '<p class="unsafe"><img src=x onerror="alert(1)"></p>' in html  # XSS


def test_text_templates_are_not_escaped():
    assert client.get("/comment.txt").text == 'New comment: <img src=x onerror="alert(1)">'


def test_which_names_flask_autoescapes():
    for name in ("page.html", "page.htm", "feed.xml", "page.xhtml", "icon.svg", None):
        assert app.select_jinja_autoescape(name) is True  # None: render_template_string
    for name in ("mail.txt", "page.jinja", "page.html.j2"):
        assert app.select_jinja_autoescape(name) is False
    with app.app_context():
        assert render_template_string("{{ x }}", x="<b>") == "&lt;b&gt;"


def test_markup_format_escapes_but_fstring_does_not():
    assert bold("<i>") == "<b>&lt;i&gt;</b>"
    assert bold_unsafe("<i>") == "<b><i></b>"  # user input went straight into "trusted" HTML
    assert Markup("<br>") + "<i>" == "<br>&lt;i&gt;"  # adding a str to Markup escapes it
    assert escape("<i>") == Markup("&lt;i&gt;")


def test_what_escaping_does_not_prevent():
    html = client.get("/limits").text
    assert 'href="javascript:alert(1)"' in html  # a dangerous URL passes untouched
    assert "<div class=note onmouseover=alert(1)>" in html  # a new attribute
    assert '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)' in html  # tojson neutralized it


def test_markup_and_escape_are_no_longer_in_flask():
    with pytest.raises(ImportError):
        from flask import Markup  # noqa: F401
    with pytest.raises(ImportError):
        from flask import escape  # noqa: F401
