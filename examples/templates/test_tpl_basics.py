from tpl_basics import app

client = app.test_client()


def test_loop_filters_and_expressions():
    html = client.get("/products").text
    assert '<h1>2 result(s) for ""</h1>' in html
    assert '<li class="odd">' in html and '<li class="even">' in html  # loop.cycle
    assert "1. Espresso Machine: 249.00 EUR" in html  # loop.index, title, format
    assert "2. Burr Grinder: 89.50 EUR" in html
    assert "<p>Fifteen-bar pump, steam...</p>" in html  # truncate(30) cuts at a word
    assert "<small>kitchen, coffee</small>" in html
    assert html.count("<small>") == 1  # the if skipped the product without tags
    assert "A comment" not in html


def test_for_else_renders_when_the_list_is_empty():
    html = client.get("/products?q=toaster").text
    assert "0 result(s)" in html
    assert "<li>Nothing matches.</li>" in html


def test_output_is_escaped_in_html_templates():
    html = client.get("/products", query_string={"q": "<script>alert(1)</script>"}).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
