"""Accessibility in headless Chromium: axe-core (WCAG 2.1 A and AA) finds no violation on any
page type, in the light and the dark palette; and the answer controls work from the keyboard."""
from __future__ import annotations

import pathlib

import axe_playwright_python
import pytest
from playwright.sync_api import expect

from scripts import sheets
from tests.support import default_site_url

AXE_SOURCE = (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Lighthouse's accessibility score also counts these rules (stock Material fails the first
# two), so the tests check them too.
EXTRA_RULES = ["aria-dialog-name", "scrollable-region-focusable", "target-size"]
NOT_FOUND_ERROR = "Failed to load resource: the server responded with a status of 404 (Not Found)"


def axe_violations(page) -> list[str]:
    page.add_script_tag(content=AXE_SOURCE)
    result = page.evaluate("""async ([tags, rules]) => {
        const options = {resultTypes: ["violations"]};
        const wcag = await axe.run(document, {...options, runOnly: {type: "tag", values: tags}});
        const extra = await axe.run(document, {...options, runOnly: {type: "rule", values: rules}});
        return {violations: [...wcag.violations, ...extra.violations]};
    }""", [WCAG_21_AA, EXTRA_RULES])
    return [f"{v['id']} ({v['impact']}): {v['help']} -> "
            + "; ".join(" ".join(n["target"]) for n in v["nodes"][:5])
            for v in result["violations"]]


def page_types(handbook):
    topic = handbook.topics[0]
    return {
        "home": "",
        "level track": "levels/senior/",
        "topic page": topic.page.removesuffix(".md") + "/",
        "about": "about/",
        "practice": "practice/",
        "exports": "exports/",
        "sheets index": "sheets/",
        "candidate sheet": sheets.url("candidate", "junior"),
        "interviewer sheet": sheets.url("interviewer", topic.slug),
        "404": "no/such/page/",
        "code page": topic.page.removesuffix(".md") + f"/code/{topic.questions[0].id}-1.html",
    }


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_wcag_violations(page, server, handbook, visit, scheme):
    page.emulate_media(color_scheme=scheme)
    found = {}
    for name, path in page_types(handbook).items():
        page.goto(server + path)
        # Dark mode is CSS only (prefers-color-scheme), on every page including code pages.
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert (background != "rgb(255, 255, 255)") == (scheme == "dark"), (name, background)
        # Check what a reader sees after using the page, not only its first state.
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        expect(page.locator(".fih-code")).to_have_count(0)     # every answer's code has loaded
        if name == "practice":
            page.click("[data-practice=reveal]")
        violations = axe_violations(page)
        if violations:
            found[name] = violations
        # The search dialog, open with a query and results.
        if name == "home":
            page.keyboard.press("/")
            page.keyboard.type("blueprint")
            expect(page.locator("#fih-search-results")).to_have_attribute("data-query", "blueprint")
            violations = axe_violations(page)
            if violations:
                found["search dialog"] = violations
    assert not found, "\n".join(f"{name}: {v}" for name, vs in found.items() for v in vs)
    assert visit.console_errors.count(NOT_FOUND_ERROR) <= 1
    visit.console_errors[:] = [e for e in visit.console_errors if e != NOT_FOUND_ERROR]


def tab_to(page, selector: str, limit: int = 150, key: str = "Tab") -> None:
    """Press Tab until the focused element matches ``selector``, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{limit} presses of {key} never reached {selector}")


def focus_is_visible(page) -> bool:
    return page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0; }""")


def test_keyboard_opens_an_answer_and_copies_its_link(context, server, handbook):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    q = handbook.topics[0].questions[0]
    page.goto(server + q.page_url)
    summary = f"h3#{q.id} ~ details.answer > summary"
    tab_to(page, summary)
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page.locator(f"h3#{q.id} ~ details.answer").first).to_have_attribute("open", "")
    # Back one stop: the question's "Copy link" control.
    tab_to(page, f"h3#{q.id} + .fih-meta .fih-copy", key="Shift+Tab", limit=3)
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page.locator(f"h3#{q.id} + .fih-meta .fih-copy")).to_have_text("Link copied")
    # The copied link is the production permanent link, ready to paste into notes.
    assert page.evaluate("navigator.clipboard.readText()") == f"[{q.plain_title}]({q.permalink(default_site_url())})"


def test_keyboard_expands_and_collapses_every_answer(page, server, handbook):
    topic = handbook.topics[0]
    page.goto(server + topic.page.removesuffix(".md") + "/")
    details = page.locator("article details")
    tab_to(page, "[data-fih-expand=open]")
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    assert details.count() == page.locator("article details[open]").count() > 0
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.fihExpand") == "close"
    page.keyboard.press("Space")
    assert page.locator("article details[open]").count() == 0


def test_keyboard_drives_practice_mode(page, server):
    page.goto(server + "practice/")
    tab_to(page, "select[name=level]")
    page.keyboard.press("ArrowDown")    # "All levels" -> the first level
    expect(page.locator("select[name=level]")).not_to_have_value("")
    tab_to(page, "[data-practice=reveal]")
    page.keyboard.press("Enter")
    expect(page.locator(".fih-practice__answer")).to_be_visible()
    first = page.get_attribute("#fih-practice", "data-question-id")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")        # "Next question"
    # Focus moves to the new question, so a screen reader reads it next.
    assert page.evaluate("document.activeElement.id") == "fih-practice-question"
    expect(page.locator(".fih-practice__answer")).to_be_hidden()
    assert page.get_attribute("#fih-practice", "data-question-id") != first or \
        page.locator(".fih-practice__status").inner_text().startswith("Question 1 of 1 ")
