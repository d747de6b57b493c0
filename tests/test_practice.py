"""Practice mode in headless Chromium: random questions filtered by level and topic, the short
answer on demand, a link to the full answer, a shareable address, and no network after load."""
from __future__ import annotations

import collections
import html
import re

import pytest
from playwright.sync_api import expect

from scripts import content, exports

PRACTICE = "practice/"


def shown_id(page) -> str:
    return page.get_attribute("#fih-practice", "data-question-id")


def pick(handbook):
    """A level and topic that together have more than one question."""
    counts = collections.Counter((q.level, q.topic) for q in handbook.questions)
    (level, topic), _ = max(counts.items(), key=lambda item: item[1])
    return level, topic


def test_filters_offer_every_level_and_every_topic_with_questions(page, server, handbook):
    page.goto(server + PRACTICE)
    levels = page.eval_on_selector_all("select[name=level] option", "os => os.map(o => o.value)")
    topics = page.eval_on_selector_all("select[name=topic] option", "os => os.map(o => o.value)")
    assert levels == ["", *content.LEVEL_TITLES]
    assert topics == ["", *[t.slug for t in handbook.topics if t.questions]]


def test_a_round_draws_each_matching_question_once(page, server, handbook):
    level, topic = pick(handbook)
    expected = {q.id for q in handbook.questions if q.level == level and q.topic == topic}
    page.goto(server + PRACTICE)
    page.select_option("select[name=level]", level)
    page.select_option("select[name=topic]", topic)
    seen = [shown_id(page)]
    for _ in range(len(expected) - 1):
        page.click("[data-practice=next]")
        seen.append(shown_id(page))
    assert sorted(seen) == sorted(expected)
    expect(page.locator(".fih-practice__status")).to_contain_text(f"of {len(expected)}")
    # The next round starts over with the same questions, and not with the one just seen.
    page.click("[data-practice=next]")
    assert shown_id(page) in expected and shown_id(page) != seen[-1]
    expect(page.locator(".fih-practice__status")).to_contain_text("round 2")


@pytest.mark.parametrize("kind", ["question", "exercise"])
def test_reveal_shows_the_short_answer_and_links_to_the_full_one(page, server, handbook, kind):
    # The draw is random, so the topic filter decides which kind of card is shown.
    topic = "exercises" if kind == "exercise" else handbook.topics[0].slug
    by_id = {q.id: q for q in handbook.questions}
    page.goto(server + PRACTICE + f"?topic={topic}")
    q = by_id[shown_id(page)]
    assert q.topic == topic
    answer = page.locator(".fih-practice__answer")
    expect(answer).to_be_hidden()
    expect(page.locator("#fih-practice-question")).to_have_text(q.plain_title)
    reveal = page.locator("[data-practice=reveal]")
    reveal.click()
    expect(answer).to_be_visible()
    expect(reveal).to_have_attribute("aria-expanded", "true")
    short = html.unescape(re.sub(r"<[^>]+>", "", exports.short_answer_html(q)))
    expect(page.locator(".fih-practice__short")).to_have_text(short)
    page.click(".fih-practice__link")
    page.wait_for_url(re.compile(re.escape(q.page_url) + "#" + q.id + "$"))
    full = page.locator(f"h3#{q.id} ~ details.answer").first
    if kind == "exercise":
        # Like any link to an exercise, it shows the task and keeps the solution closed.
        expect(full.locator("summary")).to_have_text("Solution")
        assert full.get_attribute("open") is None
    else:
        expect(full).to_have_attribute("open", "")


def test_the_address_keeps_the_filters_for_sharing(page, server, handbook):
    level, topic = pick(handbook)
    page.goto(server + PRACTICE)
    page.select_option("select[name=level]", level)
    page.select_option("select[name=topic]", topic)
    assert page.url.endswith(f"?level={level}&topic={topic}")
    page.goto(server + PRACTICE + f"?level={level}&topic={topic}")
    expect(page.locator("select[name=level]")).to_have_value(level)
    expect(page.locator("select[name=topic]")).to_have_value(topic)
    by_id = {q.id: q for q in handbook.questions}
    assert (by_id[shown_id(page)].level, by_id[shown_id(page)].topic) == (level, topic)


def test_an_unknown_filter_value_falls_back_to_all(page, server, handbook):
    page.goto(server + PRACTICE + "?level=expert&topic=nope")
    expect(page.locator("select[name=level]")).to_have_value("")
    expect(page.locator(".fih-practice__status")).to_contain_text(f"of {len(handbook.questions)} ")


def test_works_offline_once_loaded(page, context, server, handbook, visit):
    page.goto(server + PRACTICE)
    page.wait_for_load_state("networkidle")   # the favicon comes after load
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    context.on("requestfailed", lambda r: requests.append(r.url))
    context.set_offline(True)
    first = shown_id(page)
    page.select_option("select[name=level]", "senior")
    page.click("[data-practice=next]")
    page.click("[data-practice=reveal]")
    expect(page.locator(".fih-practice__answer")).to_be_visible()
    assert shown_id(page) and (shown_id(page) != first or len(handbook.questions) == 1)
    # Chromium itself asks for the favicon again when the address changes (the filters are kept
    # in it); that is the browser's request, not the page's, and its failure is harmless.
    favicon = [u for u in requests if u.endswith("/assets/images/favicon.png")]
    assert [u for u in requests if u not in favicon] == []
    visit.console_errors = [e for e in visit.console_errors
                            if not (favicon and e.endswith("net::ERR_INTERNET_DISCONNECTED"))]
    context.set_offline(False)


@pytest.mark.javascript(False)
def test_without_javascript_it_points_to_the_tracks_and_sheets(page, server):
    page.goto(server + PRACTICE)
    expect(page.locator("#fih-practice")).to_be_hidden()
    # Playwright's text locators skip <noscript>; the rendered text of the article does not.
    assert "Practice mode needs JavaScript" in page.inner_text("article")
