"""Crawl the built site as GitHub Pages serves it (under /<repo>/) and follow every internal
link, anchor and asset: none may be broken."""
from __future__ import annotations

import html.parser
import urllib.error
import urllib.parse
import urllib.request

LINK_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"),
              ("iframe", "src"), ("form", "action")}


class PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        for t, attr in LINK_ATTRS:
            if tag == t and attrs.get(attr):
                self.links.append(attrs[attr])
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.links.append(attrs["content"].split("url=", 1)[1])


class Fetch:
    def __init__(self):
        self.cache: dict[str, tuple[int, str, str]] = {}

    def __call__(self, url: str) -> tuple[int, str, str]:
        """(status, content type, body) after redirects."""
        if url not in self.cache:
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    body = response.read()
                    kind = response.headers.get_content_type()
                    self.cache[url] = (response.status, kind,
                                       body.decode("utf-8", "replace") if kind == "text/html" else "")
            except urllib.error.HTTPError as error:
                self.cache[url] = (error.code, "", "")
        return self.cache[url]


def crawl(base: str, production: str):
    """Every page reachable from the home page; returns (pages, broken links, external links)."""
    fetch = Fetch()
    origin = urllib.parse.urlsplit(base)
    queue, seen, parsed = [base], {base}, {}
    broken, external = [], set()
    checks = []    # (from page, link, absolute url without fragment, fragment)
    while queue:
        page = queue.pop()
        status, kind, body = fetch(page)
        if status != 200 or kind != "text/html":
            continue
        parser = PageParser()
        parser.feed(body)
        parsed[page] = parser
        for link in parser.links:
            if link.startswith(("mailto:", "javascript:", "data:", "tel:")):
                continue
            if link.startswith(production):   # canonical and permanent links: check them here
                link = base + link[len(production):]
            absolute = urllib.parse.urljoin(page, link)
            url, _, fragment = absolute.partition("#")
            parts = urllib.parse.urlsplit(url)
            if parts.netloc != origin.netloc:
                external.add(absolute)
                continue
            if not parts.path.startswith(origin.path):
                broken.append((page, link, "leaves the site's subpath (breaks on GitHub Pages)"))
                continue
            checks.append((page, link, url, fragment))
            if url not in seen:
                seen.add(url)
                queue.append(url)
    for page, link, url, fragment in checks:
        status, kind, _ = fetch(url)
        if status != 200:
            broken.append((page, link, f"HTTP {status}"))
        elif fragment and kind == "text/html":
            target = parsed.get(url)
            if target is None:
                target = PageParser()
                target.feed(fetch(url)[2])
                parsed[url] = target
            if urllib.parse.unquote(fragment) not in target.ids:
                broken.append((page, link, f"no element with id '{fragment}'"))
    return parsed, broken, external


def test_no_broken_links_anchors_or_assets_under_the_subpath(server, site, handbook):
    pages, broken, external = crawl(server, site.site_url)
    assert not broken, "\n".join(f"{page}: {link} ({why})" for page, link, why in broken)
    # The crawl really walked the site: every topic page and every permanent link.
    for q in handbook.questions:
        assert server + q.page_url in pages
        assert server + q.permalink_path in pages
    assert len(pages) >= len(handbook.questions) + 6


def test_missing_pages_get_the_styled_404(server):
    try:
        urllib.request.urlopen(server + "no/such/page/", timeout=10)
        raise AssertionError("expected a 404")
    except urllib.error.HTTPError as error:
        body = error.read().decode()
        assert error.code == 404
        assert "assets/stylesheets/main" in body


def test_test_server_gzips_like_github_pages(site):
    """The benchmark measures transfer sizes through this server, so its gzip must be real."""
    import gzip

    from tests.support import serve

    with serve(site.dir, site.base_path, gzip=True) as base:
        request = urllib.request.Request(base + "assets/handbook.css", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.headers["Content-Encoding"] == "gzip"
            body = response.read()
        with urllib.request.urlopen(base + "assets/handbook.css", timeout=10) as plain:
            assert plain.headers["Content-Encoding"] is None
            raw = plain.read()
    assert gzip.decompress(body) == raw and len(body) < len(raw)
