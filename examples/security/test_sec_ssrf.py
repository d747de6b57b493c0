import threading
import urllib.error
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import sec_ssrf
from sec_ssrf import app, check_url, fetch

client = app.test_client()


class InternalService(BaseHTTPRequestHandler):
    """Stands in for a metadata service or an admin API reachable only from inside."""

    def do_GET(self):
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/credentials")
            self.end_headers()
            return
        body = b"AWS_SECRET=internal-only"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def internal():
    server = ThreadingHTTPServer(("127.0.0.1", 0), InternalService)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()
    server.server_close()


def test_the_unsafe_view_leaks_an_internal_service(internal):
    response = client.get("/unsafe/preview", query_string={"url": f"{internal}/credentials"})
    assert response.data == b"AWS_SECRET=internal-only"


def test_the_unsafe_view_also_reads_local_files(tmp_path):
    secret = tmp_path / "settings.cfg"
    secret.write_text("DATABASE_PASSWORD = 'hunter2'", encoding="utf-8")
    response = client.get("/unsafe/preview", query_string={"url": secret.as_uri()})
    assert response.text == "DATABASE_PASSWORD = 'hunter2'"


def test_the_safe_view_refuses_the_same_url(internal):
    response = client.get("/preview", query_string={"url": f"{internal}/credentials"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("url", "error"),
    [("http://127.0.0.1/", "address 127.0.0.1 is not public"),
     ("http://localhost/", "is not public"),
     ("http://2130706433/", "address 127.0.0.1 is not public"),  # 127.0.0.1 as one number
     ("http://169.254.169.254/latest/meta-data/", "address 169.254.169.254 is not public"),
     ("http://[::1]/", "address ::1 is not public"),
     ("http://100.64.0.1/", "address 100.64.0.1 is not public"),  # not "private", not public
     ("file:///etc/passwd", "only http and https URLs"),
     ("gopher://127.0.0.1:6379/_FLUSHALL", "only http and https URLs"),
     ("http://example.com:6379/", "port not allowed")],
)
def test_internal_and_odd_urls_are_refused(url, error):
    response = client.get("/preview", query_string={"url": url})
    assert response.status_code == 400
    assert error in response.json["error"]


def test_unknown_hosts_are_refused(monkeypatch):
    def no_such_host(host):
        raise sec_ssrf.socket.gaierror("Name or service not known")

    monkeypatch.setattr(sec_ssrf, "resolve", no_such_host)
    with pytest.raises(ValueError, match="unknown host"):
        check_url("https://no-such-host.example/")


def test_redirects_are_not_followed(internal):
    assert fetch(f"{internal}/credentials") == b"AWS_SECRET=internal-only"  # fetch itself works
    with pytest.raises(urllib.error.HTTPError) as caught:
        fetch(f"{internal}/redirect")
    assert caught.value.code == 302
    caught.value.close()


def test_a_public_url_is_fetched(monkeypatch):
    # No network in the tests: pretend DNS answers with a public address, and stub the fetch.
    monkeypatch.setattr(sec_ssrf, "resolve", lambda host: {"93.184.215.14"})
    monkeypatch.setattr(sec_ssrf, "fetch", lambda url: b"<!doctype html><title>Example</title>")
    response = client.get("/preview", query_string={"url": "https://example.com/"})
    assert response.json == {"bytes": 37, "start": "<!doctype html><title>Example</title>"}


def test_fetch_errors_become_502(monkeypatch):
    def refused(url):
        raise urllib.error.URLError("connection refused")

    monkeypatch.setattr(sec_ssrf, "resolve", lambda host: {"93.184.215.14"})
    monkeypatch.setattr(sec_ssrf, "fetch", refused)
    assert client.get("/preview", query_string={"url": "http://example.com/"}).status_code == 502
