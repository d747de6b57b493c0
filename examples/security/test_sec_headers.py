import re

from sec_headers import app

client = app.test_client()


def nonce_in(response):
    csp = response.headers["Content-Security-Policy"]
    return re.search(r"'nonce-([^']+)'", csp)[1]


def test_every_page_gets_the_headers():
    response = client.get("/")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert "X-XSS-Protection" not in response.headers  # obsolete: leave it out


def test_the_script_carries_this_responses_nonce():
    first, second = client.get("/"), client.get("/")
    assert f'<script nonce="{nonce_in(first)}">' in first.text
    assert nonce_in(first) != nonce_in(second)  # an attacker cannot reuse an old one


def test_injected_markup_has_no_nonce():
    response = client.get("/", query_string={"comment": "<script>steal()</script>"})
    assert "&lt;script&gt;steal()" in response.text  # autoescaping stops it first
    assert response.text.count("nonce=") == 1  # only our own script is allowed to run


def test_hsts_only_over_https():
    assert "Strict-Transport-Security" not in client.get("/").headers
    secure = client.get("/", base_url="https://app.test")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_error_responses_get_the_headers_too():
    assert client.get("/missing").headers["X-Frame-Options"] == "DENY"
    crashed = client.get("/boom")
    assert crashed.status_code == 500
    assert crashed.headers["X-Content-Type-Options"] == "nosniff"
