"""Refresh the README's screenshot: the Routing page with one answer open, in headless Chromium.

    .venv/bin/python -m scripts.screenshot    (after a build into site/)
"""
from __future__ import annotations

import http.server
import pathlib
import threading

from playwright.sync_api import sync_playwright

from tests.support import ROOT, SubpathHandler, chromium_path, default_site_url

OUT = ROOT / ".github" / "readme-screenshot.png"


def main() -> None:
    base_path = "/" + default_site_url().split("/", 3)[3]
    handler = type("Handler", (SubpathHandler,), {"base_path": base_path, "site_dir": str(ROOT / "site")})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.goto(f"http://127.0.0.1:{httpd.server_port}{base_path}topics/routing/#url-params-and-query-strings")
        page.mouse.wheel(0, 1)    # Material shows "back to top" after scrolling up, not down
        page.wait_for_timeout(500)
        page.screenshot(path=str(OUT))
        browser.close()
    httpd.shutdown()
    print(f"wrote {pathlib.Path(OUT).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
