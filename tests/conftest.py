"""Shared fixtures: the content model, one strict build of the site, that build served under
its GitHub Pages subpath on 127.0.0.1, and headless Chromium driven by Playwright."""
from __future__ import annotations

import dataclasses
import time
import urllib.parse

import pytest

from scripts import content
from tests.support import ROOT, Build, chromium_path, default_site_url, run_build, serve


@pytest.fixture(scope="session")
def handbook() -> content.Handbook:
    return content.load()


@pytest.fixture(scope="session")
def build(tmp_path_factory) -> Build:
    """One `mkdocs build --strict` of the real site, shared by the build, crawl and browser tests."""
    site_dir = tmp_path_factory.mktemp("site")
    start = time.perf_counter()
    proc = run_build(ROOT, site_dir)
    return Build(site_dir, proc.returncode, proc.stdout + proc.stderr, time.perf_counter() - start,
                 default_site_url())


@pytest.fixture(scope="session")
def site(build) -> Build:
    assert build.returncode == 0, f"mkdocs build --strict failed:\n{build.output}"
    return build


@pytest.fixture(scope="session")
def server(site):
    """The built site on http://127.0.0.1:<port>/<repo>/ ; yields the base URL."""
    with serve(site.dir, site.base_path) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    """Module-scoped: Playwright's event loop is gone before the examples' async views run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@dataclasses.dataclass
class Visit:
    """What a page did while a test used it."""
    console_errors: list[str] = dataclasses.field(default_factory=list)
    third_party: list[str] = dataclasses.field(default_factory=list)


@pytest.fixture
def visit():
    return Visit()


@pytest.fixture
def context(browser, server, visit, request):
    """A fresh browser context that records console errors and any request leaving 127.0.0.1.
    Every browser test fails if the page logged an error or contacted another host."""
    marker = request.node.get_closest_marker("javascript")
    ctx = browser.new_context(java_script_enabled=marker.args[0] if marker else True,
                              viewport={"width": 1280, "height": 900})
    origin = urllib.parse.urlsplit(server)

    def on_request(req):
        url = urllib.parse.urlsplit(req.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != origin.netloc:
            visit.third_party.append(req.url)

    ctx.on("request", on_request)
    ctx.on("weberror", lambda error: visit.console_errors.append(str(error.error)))

    def watch(page):
        page.on("console", lambda msg: visit.console_errors.append(msg.text) if msg.type == "error" else None)
    ctx.on("page", watch)
    yield ctx
    ctx.close()
    assert not visit.third_party, f"requests to third-party hosts: {visit.third_party}"
    assert not visit.console_errors, f"console errors: {visit.console_errors}"


@pytest.fixture
def page(context):
    return context.new_page()
