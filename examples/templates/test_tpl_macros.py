from tpl_macros import app, render_field_from_python

client = app.test_client()


def test_macros_with_arguments_and_defaults():
    html = client.get("/signup").text
    assert ('<label>Email <input name="email" type="email"></label>'
            ' <span class="error">Already registered</span>') in html
    assert '<label>Password <input name="password" type="password"></label>' in html


def test_call_block_fills_caller():
    html = client.get("/signup").text
    assert '<section class="card"><h2>Sign up</h2>' in html
    assert html.index("<h2>Sign up</h2>") < html.index('name="email"') < html.index("</section>")


def test_import_does_not_see_the_context_unless_asked():
    html = client.get("/signup").text
    assert "<p>Imported without context: (no context)</p>" in html
    assert "<p>Imported with context: *</p>" in html


def test_include_sees_the_full_context():
    assert "<footer>1 error(s), marker *</footer>" in client.get("/signup").text


def test_a_macro_called_from_python():
    with app.app_context():
        html = render_field_from_python("q", "Search")
    assert html == '<label>Search <input name="q" type="text"></label>'
