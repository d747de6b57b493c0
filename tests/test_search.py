"""Search: the index built from the content model, and the search box in headless Chromium.

The relevance figure (hits at top 5 over scripts/search-queries.yaml) is a benchmark result
(scripts/search_bench.py), not a test; these tests check each behaviour the search promises."""
from __future__ import annotations

import pathlib
import re

import pytest
from playwright.sync_api import expect

from scripts import content, search_bench, search_index

RESULTS = "#fih-search-results"


# -- The index and the relevance set ---------------------------------------------------------

def test_the_relevance_set_names_real_questions(handbook):
    queries = search_bench.load_queries()
    known = handbook.by_id()
    assert len(queries) >= 80
    assert not [q["q"] for q in queries if not set(q["expect"]) <= set(known)], "unknown ids in the query set"
    assert {q["kind"] for q in queries} == {"identifier", "error", "symptom", "words", "misspelling"}
    assert len({q["q"] for q in queries}) == len(queries), "a query is listed twice"


def test_every_question_and_guide_section_is_one_record(site, handbook):
    records = search_index.fragments(site.dir / search_index.OUTPUT)
    by_url = {r["meta"]["link"]: r for r in records.values()}
    assert len(by_url) == len(records)
    wanted = {q.url: q for q in (*handbook.questions, *handbook.sections)}
    assert set(by_url) == set(wanted)         # nothing else: no sheets, no code pages
    titles = {t.slug: t.title for t in (*handbook.topics, *handbook.guides)}
    for url, q in wanted.items():
        meta = by_url[url]["meta"]
        level = content.LEVEL_TITLES.get(q.level, search_index.GUIDE_LEVEL)
        assert meta["id"] == q.id and meta["title"] == q.plain_title and meta["level"] == level
        assert meta["short"] == content.plain_text(q.short_answer)
        assert by_url[url]["filters"] == {"level": [level], "topic": [titles[q.topic]]}


def test_records_weigh_title_then_terms_then_short_answer_then_code_then_prose(handbook):
    q = handbook.by_id()["context-processors"]
    record = search_index.record_html(q, "Templates and Jinja", content.ROOT, content.DOCS_DIR)
    weights = [float(w) for w in re.findall(r'data-pagefind-weight="([\d.]+)"', record)]
    assert weights == sorted(weights, reverse=True) and len(set(weights)) == 5
    assert q.search_terms and all(term in record for term in ("context_processor",))
    assert "For interviewers" not in record and "Red flags" not in record   # interviewer notes stay out
    guide = handbook.sections[0]
    guide_record = search_index.record_html(guide, "Guide", content.ROOT, content.DOCS_DIR)
    top = lambda html: max(float(w) for w in re.findall(r'data-pagefind-weight="([\d.]+)"', html))  # noqa: E731
    assert top(guide_record) < top(record)     # a question that matches as well ranks first


def test_answer_prose_is_indexed_without_code_includes_or_notes():
    lines = ["### Q { #q }", "", "<!-- search: x -->", "", '??? answer "Answer"', "",
             "    Use `url_for` here.", "", '    === "app.py"', "", "        ```python",
             '        --8<-- "examples/x.py"', "        import secret_module", "        ```", "",
             '??? interviewer "For interviewers"', "", "    Red flags: none."]
    assert search_index.body_text(lines) == "Use url_for here."


def test_code_identifiers_come_from_the_example_not_its_test(tmp_path):
    (tmp_path / "app.py").write_text("app.config['MAX_CONTENT_LENGTH'] = 1\n@bp.before_request\nx = y\n")
    (tmp_path / "test_app.py").write_text("def test_only_in_tests(): pass\n")
    found = search_index.code_identifiers([tmp_path / "app.py", tmp_path / "test_app.py"])
    assert {"app.config", "MAX_CONTENT_LENGTH", "bp.before_request"} <= set(found)
    assert "test_only_in_tests" not in found and "x" not in found


def test_the_vocabulary_has_the_words_of_every_record(site):
    words = set(__import__("json").loads((site.dir / search_index.OUTPUT / search_index.WORDS).read_text()))
    assert {"blueprint", "middleware", "autoescaping", "session"} <= words
    assert all(re.fullmatch(r"[a-z][a-z0-9]{3,}", w) for w in words)


# -- The search box, in Chromium ---------------------------------------------------------------

def search(page, query: str):
    box = page.locator("input[name=q]")
    box.fill(query)
    page.wait_for_function("([sel, q]) => document.querySelector(sel).dataset.query === q", arg=[RESULTS, query])
    return page.locator(f"{RESULTS} .md-search-result__link")


def test_a_page_load_fetches_no_index_and_the_first_focus_does(page, server):
    fetched = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(server + "topics/routing/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in fetched if "/pagefind/" in u or "search_index" in u]
    page.locator("input[name=q]").focus()
    page.wait_for_load_state("networkidle")
    index = [u for u in fetched if "/pagefind/" in u]
    assert any(u.endswith("/pagefind/pagefind.js") for u in index)
    assert all(u.startswith(server + "pagefind/") for u in index)     # under the Pages subpath


def test_a_result_is_the_question_with_level_topic_and_short_answer(page, server, handbook):
    q = handbook.by_id()["context-processors"]
    page.goto(server)
    results = search(page, "context_processor")        # an identifier, typed whole
    first = results.first
    assert first.get_attribute("data-question") == q.id
    expect(first.locator("h1")).to_have_text(q.plain_title)
    expect(first.locator(".fih-level")).to_have_text("Junior")
    expect(first.locator(".fih-search-where")).to_contain_text("Templates and Jinja")
    expect(first.locator("article > p").last).to_contain_text(content.plain_text(q.short_answer)[:60])
    first.click()
    page.wait_for_url(re.compile(re.escape(q.page_url) + "#" + q.id + "$"))
    expect(page.locator(f"h3#{q.id} ~ details.answer").first).to_have_attribute("open", "")


@pytest.mark.parametrize("query, expected", [
    ("url_for", "url-for-vs-hardcoded-urls"),                  # identifiers: whole, split, in part
    ("pool pre ping", "pool-pre-ping-stale-connections"),
    ("SQLALCHEMY_BIND", "multiple-databases-binds"),
    ("X-Forwarded-For", "proxyfix-trusted-proxies"),
    ("Working outside of application context", "working-outside-of-context"),   # an error message
    ("413", "request-size-limits"),                            # short terms
    ("what is g", "g-object"),
    ("N+1", "n-plus-one-eager-loading"),
    ("red flags", "red-flags-technical"),                      # no prefix explosion
])
def test_identifiers_errors_and_short_terms_find_their_question(page, server, query, expected):
    page.goto(server)
    ids = [a.get_attribute("data-question") for a in search(page, query).all()[:5]]
    assert expected in ids, (query, ids)


def test_a_misspelt_word_is_corrected(page, server):
    page.goto(server)
    results = search(page, "blueprnt")
    expect(page.locator(".md-search-result__meta")).to_contain_text("for \u201cblueprint\u201d")
    assert "blueprints" in [a.get_attribute("data-question") for a in results.all()[:5]]


def test_level_and_topic_filters_narrow_the_results(page, server, handbook):
    page.goto(server)
    everything = search(page, "session").count()
    page.select_option("select[name=search-level]", "Senior")
    expect(page.locator(RESULTS)).to_have_attribute("data-filters", "Senior|")
    levels = page.locator(f"{RESULTS} .fih-level").all_inner_texts()
    assert levels and set(levels) == {"Senior"}
    page.select_option("select[name=search-topic]", "Sessions and authentication")
    expect(page.locator(RESULTS)).to_have_attribute("data-filters", "Senior|Sessions and authentication")
    expected = {q.id for q in handbook.questions if q.level == "senior" and q.topic == "sessions-auth"}
    ids = {a.get_attribute("data-question") for a in page.locator(f"{RESULTS} .md-search-result__link").all()}
    assert ids and ids <= expected
    assert len(levels) <= everything


def test_keyboard_slash_arrows_enter_and_escape(page, server, handbook):
    page.goto(server + "topics/routing/")
    page.keyboard.press("/")
    expect(page.locator("input[name=q]")).to_be_focused()
    page.keyboard.type("blueprint")
    page.wait_for_function("sel => document.querySelector(sel).dataset.query === 'blueprint'", arg=RESULTS)
    links = page.locator(f"{RESULTS} .md-search-result__link")
    page.keyboard.press("ArrowDown")
    expect(links.nth(0)).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(links.nth(1)).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(page.locator("input[name=q]")).to_be_focused()
    page.keyboard.press("Escape")
    assert page.evaluate("document.getElementById('__search').checked") is False
    page.keyboard.press("/")
    target = links.first.get_attribute("data-question")
    page.keyboard.press("Enter")                 # Enter in the box follows the first result
    page.wait_for_url(re.compile("#" + target + "$"))


def test_a_search_address_opens_the_search_with_its_words(page, server):
    page.goto(server + "?q=trailing%20slash")
    page.wait_for_function("sel => document.querySelector(sel).dataset.query === 'trailing slash'", arg=RESULTS)
    assert page.locator(f"{RESULTS} .md-search-result__link").first.get_attribute("data-question") \
        == "trailing-slash-redirect"


def test_when_the_index_cannot_load_the_box_says_so(page, server, visit):
    page.route("**/pagefind/**", lambda route: route.abort())
    page.goto(server)
    page.locator("input[name=q]").fill("blueprint")
    expect(page.locator(".md-search-result__meta")).to_have_text(
        "Search could not load. Check the connection and try again.")
    page.unroute("**/pagefind/**")
    search(page, "blueprints")                  # and it tries again once the network is back
    # The blocked requests are the point of this test, not errors of the page.
    visit.console_errors[:] = [e for e in visit.console_errors if "Failed to load resource" not in e]


def test_the_header_mirrors_materials_but_for_the_search_block():
    theme = pathlib.Path(__import__("material").__file__).parent / "templates" / "partials" / "header.html"
    ours = content.ROOT / "overrides" / "partials" / "header.html"
    strip_comments = lambda text: re.sub(r"[ \t]*\{#-?.*?-?#\}\n?", "", text, flags=re.S)  # noqa: E731
    theirs_text = strip_comments(theme.read_text(encoding="utf-8"))
    block = re.search(r'    \{% if "material/search" in config\.plugins %\}.*?\n    \{% endif %\}\n', theirs_text, re.S)
    assert block, "Material's header changed: update overrides/partials/header.html from it"
    expected = theirs_text.replace(block.group(0), '    {% include "partials/search.html" %}\n')
    assert strip_comments(ours.read_text(encoding="utf-8")) == expected


def test_every_question_and_section_has_search_terms(handbook):
    """New questions come with the words readers type (CONTRIBUTING.md, "Add a question")."""
    assert not [q.id for q in (*handbook.questions, *handbook.sections) if not q.search_terms]


def test_offline_words_already_searched_still_work_and_new_ones_say_why(page, context, server, visit):
    page.goto(server)
    search(page, "blueprint")
    context.set_offline(True)
    search(page, "blueprints")                     # the same index chunk: already loaded
    assert page.locator(f"{RESULTS} .md-search-result__link").count() > 0
    page.locator("input[name=q]").fill("zzzz qqqq xylophone")
    expect(page.locator(".md-search-result__meta")).to_contain_text("You are offline")
    context.set_offline(False)
    # The failed fetches are the point of this test, not errors of the page.
    visit.console_errors[:] = [e for e in visit.console_errors
                               if "Failed to load resource" not in e and "pagefind" not in e.lower()]
