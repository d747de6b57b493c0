"""The reader's experience in headless Chromium: answer links, search, copy link, expand all,
print, and pages that still work without JavaScript. Every test also fails on a console error
or a request to a host other than the local server (see the `context` fixture)."""
from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from scripts import content
from tests.support import ROOT, copy_project, run_build, serve, squeeze


def answer_of(page, qid):
    return page.locator(f"h3#{qid} ~ details.answer").first


def in_viewport(page, selector) -> bool:
    return page.eval_on_selector(selector, "el => { const r = el.getBoundingClientRect();"
                                           " return r.top >= 0 && r.top < window.innerHeight; }")


def test_heading_link_opens_its_answer(page, server, handbook):
    q = handbook.questions[-1]
    page.goto(server + q.url)
    expect(answer_of(page, q.id)).to_have_attribute("open", "")
    assert in_viewport(page, f"h3#{q.id}")
    # Other answers stay collapsed.
    assert page.locator("details.answer[open]").count() == 1


def test_permanent_link_lands_on_the_open_answer(page, server, handbook):
    q = handbook.questions[-1]
    page.goto(server + q.permalink_path)
    page.wait_for_url(re.compile(re.escape(q.page_url) + "#" + q.id + "$"))
    expect(answer_of(page, q.id)).to_have_attribute("open", "")
    assert in_viewport(page, f"h3#{q.id}")


def test_hash_change_on_the_same_page_opens_the_answer(page, server, handbook):
    first, second = max(handbook.topics, key=lambda t: len(t.questions)).questions[:2]
    page.goto(server + first.page_url)
    page.evaluate(f"location.hash = '#{second.id}'")
    expect(answer_of(page, second.id)).to_have_attribute("open", "")


def test_unknown_anchor_of_a_moved_question_is_forwarded(page, server, handbook):
    """An old link page#id, where the question now lives on another page, still arrives."""
    q = next(q for q in handbook.questions if q.topic != handbook.topics[0].slug)
    page.goto(server + f"{handbook.topics[0].questions[0].page_url}#{q.id}")
    page.wait_for_url(re.compile(re.escape(q.page_url) + "#" + q.id + "$"))
    expect(answer_of(page, q.id)).to_have_attribute("open", "")


def test_search_finds_a_question_by_title_words(page, server, handbook):
    q = max(handbook.questions, key=lambda q: len(q.plain_title))
    words = re.findall(r"(?<![\w\"'])[A-Za-z]{5,}(?![\w\"'])", q.plain_title)[:3]
    page.goto(server)
    page.locator("input[name=q]").click()
    page.locator("input[name=q]").press_sequentially(" ".join(words), delay=30)
    result = page.locator(f'.md-search-result__link[data-question="{q.id}"]').first
    expect(result).to_be_visible(timeout=10_000)
    result.click()
    page.wait_for_url(re.compile("#" + q.id + "$"))
    expect(answer_of(page, q.id)).to_have_attribute("open", "")


def test_copy_link_puts_a_markdown_link_on_the_clipboard(context, server, site, handbook):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.split("/flask")[0])
    page = context.new_page()
    q = handbook.questions[0]
    page.goto(server + q.page_url)
    control = page.locator(f"h3#{q.id} + .fih-meta .fih-copy")
    control.click()
    expect(control).to_have_text("Link copied")
    clipboard = page.evaluate("navigator.clipboard.readText()")
    assert clipboard == f"[{q.plain_title}]({site.site_url}q/{q.id}/)"
    assert page.url == server + q.page_url   # copying does not navigate


def test_expand_all_and_collapse_all(page, server, handbook):
    topic = handbook.topics[0]
    page.goto(server + topic.questions[0].page_url)
    details = page.locator(".md-content details")
    total = details.count()
    assert total >= 2 * len(topic.questions)
    page.get_by_role("button", name="Expand all").click()
    expect(page.locator(".md-content details[open]")).to_have_count(total)
    page.get_by_role("button", name="Collapse all").click()
    expect(page.locator(".md-content details[open]")).to_have_count(0)


def test_printing_shows_every_answer(page, server, handbook):
    topic = handbook.topics[0]
    page.goto(server + topic.questions[0].page_url)
    assert page.locator("details[open]").count() == 0
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
    flat = squeeze(text)
    for q in topic.questions:
        assert squeeze(content.plain_text(q.short_answer))[:60] in flat, q.id
        assert squeeze(q.plain_title)[:30] in flat, q.id
    assert "Forinterviewers" in flat
    assert "Expandall" not in flat and "Copylink" not in flat


@pytest.mark.javascript(False)
def test_pages_stay_readable_without_javascript(page, server, handbook):
    q = handbook.questions[0]
    page.goto(server + q.page_url)
    expect(page.locator(f"h3#{q.id}")).to_be_visible()
    expect(page.locator(".fih-toolbar")).to_be_hidden()      # buttons that need JS stay out of the way
    answer = answer_of(page, q.id)
    answer.locator("summary").click()
    expect(answer).to_have_attribute("open", "")
    expect(answer.locator("p").first).to_be_visible()
    # Without JavaScript, "Copy link" is a plain link to the permanent address.
    assert page.locator(f"h3#{q.id} + .fih-meta .fih-copy").get_attribute("href") == f"../../q/{q.id}/"


@pytest.mark.javascript(False)
def test_permanent_link_works_without_javascript(page, server, handbook):
    q = handbook.questions[0]
    page.goto(server + q.permalink_path)
    page.wait_for_url(re.compile(re.escape(q.page_url) + "#" + q.id + "$"))


def test_every_page_type_loads_without_errors(page, server, handbook):
    for path in ("", "levels/junior/", handbook.questions[0].page_url, "about/"):
        page.goto(server + path)
        expect(page.locator("h1").first).to_be_visible()


NOT_FOUND_ERROR = "Failed to load resource: the server responded with a status of 404 (Not Found)"


def forgive_not_found_documents(page, visit, count: int) -> None:
    """A 404 document logs its own status as a console error; that one is expected."""
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(200)
    assert visit.console_errors.count(NOT_FOUND_ERROR) <= count, visit.console_errors
    visit.console_errors[:] = [e for e in visit.console_errors if e != NOT_FOUND_ERROR]


def test_404_page_keeps_its_styles_and_links_under_the_subpath(page, server, visit):
    response = page.goto(server + "topics/routnig/")
    assert response.status == 404
    expect(page.locator("h1").first).to_have_text("Page not found")
    # Styled: Material's stylesheet loaded from the subpath, so the header has its layout.
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert page.evaluate("getComputedStyle(document.querySelector('.fih-404-question')).display") == "none"
    # It suggests searching for the words of the missing address...
    search = page.locator("a.fih-404-search")
    expect(search).to_have_text("Search the handbook for \u201croutnig\u201d")
    search.click()
    page.wait_for_url(server + "?q=routnig")
    expect(page.locator("input[name=q]")).to_have_value("routnig")
    expect(page.locator("#fih-search-results")).to_have_attribute("data-query", "routnig")
    # ...and links home, which works from any depth.
    page.goto(server + "a/b/c/d/")
    page.locator("a.fih-404-home").click()
    page.wait_for_url(server)
    expect(page.locator("h1#flask-interview-handbook")).to_be_visible()
    forgive_not_found_documents(page, visit, 2)


def test_404_for_an_unknown_question_id_says_so(page, server, visit):
    response = page.goto(server + "q/no-such-question/")
    assert response.status == 404
    note = page.locator(".fih-404-question")
    expect(note).to_be_visible()
    expect(note.locator("code")).to_have_text("no-such-question")
    expect(page.locator("a.fih-404-search")).to_have_text("Search the handbook for \u201cno such question\u201d")
    forgive_not_found_documents(page, visit, 1)


@pytest.mark.javascript(False)
def test_404_page_works_without_javascript(page, server, site, visit):
    response = page.goto(server + "x/y/")
    assert response.status == 404
    home = page.locator("a.fih-404-home")
    # An absolute path: the 404 page is served at any depth, so relative links would break.
    assert home.get_attribute("href").startswith(site.base_path)
    home.click()
    page.wait_for_url(server)
    forgive_not_found_documents(page, visit, 1)


def test_old_id_kept_as_alias_opens_the_renamed_answer(browser, visit, tmp_path, site):
    """After a rename with an alias, /q/<old>/ and page#<old> both open the renamed answer."""
    project = copy_project(tmp_path / "project")
    page_md = project / "docs" / "topics" / "routing.md"
    page_md.write_text(page_md.read_text(encoding="utf-8").replace(
        "{ #redirects }", '{ #redirect-status-codes data-aliases="redirects" }'), encoding="utf-8")
    assert run_build(project, tmp_path / "site").returncode == 0
    with serve(tmp_path / "site", site.base_path) as base:
        ctx = browser.new_context()
        ctx.on("weberror", lambda error: visit.console_errors.append(str(error.error)))
        page = ctx.new_page()
        for old_link in ("q/redirects/", "topics/routing/#redirects"):
            page.goto(base + "levels/junior/")
            page.goto(base + old_link)
            expect(answer_of(page, "redirect-status-codes")).to_have_attribute("open", "")
            assert in_viewport(page, "h3#redirect-status-codes")
        ctx.close()
    assert not visit.console_errors


def first_included_file(handbook, q):
    """The first file a question's answer includes (the first tab of its first code set)."""
    return next(target for page, line, target in handbook.snippets
                if page == "docs/" + q.page and q.line < line <= q.end)


def test_opening_an_answer_loads_its_code_with_a_copy_button(context, server, handbook):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    q = handbook.topics[1].questions[0]
    first_line = (ROOT / first_included_file(handbook, q)).read_text(encoding="utf-8").splitlines()[0]
    page.goto(server + q.page_url)
    answer = answer_of(page, q.id)
    assert answer.locator(".tabbed-set").count() == 0      # not loaded with the page
    answer.locator("summary").click()
    code = answer.locator(".tabbed-set").first
    expect(code).to_be_visible()
    expect(answer.locator(".fih-code")).to_have_count(0)
    expect(code.locator(".tabbed-block").first).to_contain_text(first_line)
    code.locator(".md-code__button[data-md-type=copy]").first.click()
    assert page.evaluate("navigator.clipboard.readText()").splitlines()[0] == first_line


def test_linked_answer_arrives_with_its_code(page, server, handbook):
    q = handbook.questions[-1]
    page.goto(server + q.url)
    expect(answer_of(page, q.id).locator(".tabbed-set").first).to_be_visible()


@pytest.mark.javascript(False)
def test_without_javascript_the_code_is_one_link_away(page, server, handbook):
    q = handbook.topics[1].questions[0]
    first_line = (ROOT / first_included_file(handbook, q)).read_text(encoding="utf-8").splitlines()[0]
    page.goto(server + q.page_url)
    answer_of(page, q.id).locator("summary").click()
    answer_of(page, q.id).locator(".fih-code a").first.click()
    expect(page.locator(".tabbed-block").first).to_contain_text(first_line)
    # Styled by the site's own stylesheet, and it links back to the answer.
    assert page.evaluate("getComputedStyle(document.querySelector('.tabbed-labels')).display") == "flex"
    page.get_by_text("Back to the answer").click()
    page.wait_for_url(re.compile(re.escape(q.page_url) + "#" + q.id + "$"))


def test_link_to_an_exercise_shows_the_task_and_starter_code_not_the_solution(page, server, handbook):
    q = handbook.topic("exercises").questions[0]
    page.goto(server + q.url)
    solution = answer_of(page, q.id)
    expect(solution.locator("summary")).to_have_text("Solution")
    assert solution.get_attribute("open") is None          # no spoiler from a pasted link
    assert in_viewport(page, f"h3#{q.id}")
    # The starter code sits between the task and the hints, and loads with the page.
    starter = page.locator(f"h3#{q.id} ~ .tabbed-set").first
    expect(starter).to_be_visible()
    solution.locator("summary").click()
    expect(solution.locator(".tabbed-set").first).to_be_visible()


def test_guide_sections_have_permanent_links_and_copy_controls(page, server, handbook):
    section = handbook.sections[-1]
    page.goto(server + section.permalink_path)
    page.wait_for_url(re.compile(re.escape(section.page_url) + "#" + section.id + "$"))
    assert in_viewport(page, f"#{section.id}")
    expect(page.locator(f"#{section.id} + .fih-meta .fih-copy")).to_be_visible()
    assert page.locator(f"#{section.id} + .fih-meta .fih-level").count() == 0    # no level on guides
