import pytest
from flask import render_template

from tpl_passing_data import USERS, app

client = app.test_client()


def test_variables_from_the_view_are_rendered():
    html = client.get("/users/ada").text
    assert "<h1>Ada Lovelace (admin)</h1>" in html
    assert "<p>12 followers</p>" in html
    assert "<li>Notes on the Analytical Engine (01 Sep 1843)</li>" in html
    assert "<p>Location: not given</p>" in html


def test_loop_else_and_if_false():
    html = client.get("/users/alan").text
    assert "<h1>Alan Turing</h1>" in html
    assert "<li>alan has not posted yet.</li>" in html


def test_dot_lookup_prefers_attributes_over_keys():
    html = client.get("/users/ada").text
    assert "<p>Items (dot): &lt;built-in method items of dict object" in html
    assert "<p>Items (subscript): 3</p>" in html


def test_unpacking_a_context_dict():
    assert "<h1>Alan Turing</h1>" in client.get("/users/alan/card").text
    assert client.get("/users/nobody").status_code == 404


def test_render_template_needs_an_app_context():
    with pytest.raises(RuntimeError, match="Working outside of application context"):
        render_template("profile/profile.html", user=USERS["ada"], posts=[], stats={})
