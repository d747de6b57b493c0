"""Refresh the README's screenshot: the Routing page with one answer open, in headless Chromium.

    .venv/bin/python -m scripts.screenshot    (after a build into site/)
"""
from __future__ import annotations

import pathlib

from playwright.sync_api import sync_playwright

from scripts.serving import ROOT, chromium_path, default_site_url, serve

OUT = ROOT / ".github" / "readme-screenshot.png"


def main() -> None:
    base_path = "/" + default_site_url().split("/", 3)[3]
    with serve(ROOT / "site", base_path) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.goto(f"{base}topics/routing/#url-params-and-query-strings")
        page.mouse.wheel(0, 1)    # Material shows "back to top" after scrolling up, not down
        page.wait_for_timeout(500)
        page.screenshot(path=str(OUT))
        browser.close()
    print(f"wrote {pathlib.Path(OUT).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
