"""Serving the built site as GitHub Pages does, for the benchmark, the screenshot and the tests:
under the project's subpath (/<repo>/), with /dir -> /dir/ redirects, the site's 404.html, and
gzip for text; plus the build environment, the default site_url from mkdocs.yml, and where
Chromium is. scripts/ stands on its own: tests/support.py imports from here, never the reverse.
"""
from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import os
import pathlib
import shutil
import threading
import urllib.parse

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"


def build_env() -> dict[str, str]:
    """The environment the build runs in: Material's end-of-life banner off, default site_url."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SITE_URL", None)
    return env


class _IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving its !ENV and !!python tags."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: (
    loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else None))
_IgnoreTags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


@functools.cache
def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)


def default_site_url() -> str:
    """The site_url a build without SITE_URL gets: the !ENV tag's fallback value."""
    value = mkdocs_config()["site_url"]
    return value[-1] if isinstance(value, list) else value


class SubpathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site the way GitHub Pages serves a project site: under /<repo>/,
    with /dir → /dir/ redirects and the site's 404.html for anything missing; with ``gzip``,
    text is compressed for clients that accept it, as GitHub Pages does."""

    base_path = "/"
    site_dir = "."
    gzip = False
    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=self.site_dir, **kwargs)

    def send_head(self):
        path = urllib.parse.urlsplit(self.path).path
        if not path.startswith(self.base_path):
            return self._not_found()
        rel = urllib.parse.unquote(path[len(self.base_path):])
        target = pathlib.Path(self.site_dir, rel)
        if target.is_dir() and not path.endswith("/"):
            self.send_response(301)
            self.send_header("Location", path + "/")
            self.end_headers()
            return None
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return self._not_found()
        if self.gzip and target.suffix in self.COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            return self._send_gzipped(target)
        return super().send_head()

    def _send_gzipped(self, target: pathlib.Path):
        body = gzip_bytes(target.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(target)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        return super().translate_path("/" + path[len(self.base_path):])

    def _not_found(self):
        body = pathlib.Path(self.site_dir, "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None

    def log_message(self, format, *args):  # keep the test output clean
        pass


def gzip_bytes(data: bytes) -> bytes:
    """Gzip at the default level with a fixed timestamp, so sizes are reproducible."""
    return gzip.compress(data, compresslevel=6, mtime=0)


def chromium_path() -> str | None:
    """Debian's Chromium when present (CI installs it); else Playwright's own, if installed."""
    return os.environ.get("CHROMIUM") or (CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium"))


def copy_project(dest: pathlib.Path) -> pathlib.Path:
    """A throw-away copy of everything the build reads, for tests that change content."""
    ignore = shutil.ignore_patterns("__pycache__")
    for name in ("scripts", "overrides", "docs", "examples"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    shutil.copy(ROOT / "mkdocs.yml", dest)
    return dest


@contextlib.contextmanager
def serve(site_dir: pathlib.Path, base_path: str, gzip: bool = False):
    """Serve a built site on 127.0.0.1 under base_path, as GitHub Pages would; yields the base URL."""
    handler = type("Handler", (SubpathHandler,), {"base_path": base_path, "site_dir": str(site_dir), "gzip": gzip})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}{base_path}"
    finally:
        httpd.shutdown()
        httpd.server_close()
