from flask import render_template

from tpl_context_processors import UNREAD_QUERIES, app

client = app.test_client()


def test_every_template_gets_the_injected_values():
    assert "<header>Acme Shop</header>" in client.get("/").text


def test_a_callable_runs_only_when_the_template_calls_it():
    UNREAD_QUERIES.clear()
    assert "<p>Guest</p>" in client.get("/").text
    assert UNREAD_QUERIES == []  # the guest branch never called unread_count()
    html = client.get("/", headers={"X-Token": "t0ken"}).text
    assert "Signed in as ada, 3 unread" in html
    assert UNREAD_QUERIES == ["ada"]


def test_blueprint_processor_applies_to_its_own_views_only():
    assert "<header>Acme Shop / Admin</header>" in client.get("/admin/").text
    assert "Admin" not in client.get("/").text


def test_values_passed_by_the_view_take_precedence():
    assert "<header>Acme SALE</header>" in client.get("/sale").text


def test_rendering_outside_a_request_runs_app_processors_only():
    with app.app_context():
        html = render_template("ctx/page.html")
    assert "<header>Acme Shop</header>" in html
    assert "<p>Guest</p>" in html


def test_flask_adds_its_own_template_globals():
    for name in ("url_for", "get_flashed_messages", "config", "request", "session", "g"):
        assert name in app.jinja_env.globals
