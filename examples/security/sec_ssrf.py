"""SSRF: a "preview this link" view that fetches a URL chosen by the user."""
import ipaddress
import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from flask import Flask, request

ALLOWED_SCHEMES = {"http", "https"}
ALLOWED_PORTS = {None, 80, 443}  # None: the scheme's default port
MAX_BYTES = 64_000


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect may point inside the network: treat it as an error


OPENER = urllib.request.build_opener(NoRedirects)


def resolve(host):
    return {info[4][0] for info in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)}


def check_url(url):
    parts = urlsplit(url)
    if parts.scheme not in ALLOWED_SCHEMES or not parts.hostname:
        raise ValueError("only http and https URLs")
    if parts.port not in ALLOWED_PORTS:
        raise ValueError("port not allowed")
    try:
        addresses = resolve(parts.hostname)
    except socket.gaierror:
        raise ValueError("unknown host") from None
    for address in addresses:  # every address: the client may connect to any of them
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:  # loopback, private, link-local, CGNAT, reserved...
            raise ValueError(f"address {ip} is not public")


def fetch(url):
    with OPENER.open(url, timeout=5) as response:
        return response.read(MAX_BYTES)


app = Flask(__name__)


@app.get("/unsafe/preview")
def preview_unsafe():
    # Anti-pattern: the server fetches whatever it is given, from inside the network.
    with urllib.request.urlopen(request.args["url"], timeout=5) as response:
        return response.read(MAX_BYTES)


@app.get("/preview")
def preview():
    url = request.args.get("url", "")
    try:
        check_url(url)
    except ValueError as error:
        return {"error": str(error)}, 400
    try:
        body = fetch(url)
    except (urllib.error.URLError, TimeoutError):
        return {"error": "could not fetch the URL"}, 502
    return {"bytes": len(body), "start": body[:80].decode("utf-8", "replace")}
