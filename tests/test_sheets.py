"""Printable interview sheets: one candidate and one interviewer sheet per level and per topic,
printed to PDF by Chromium on A4 and Letter. The right text must be on paper, the wrong text
(answers on a candidate sheet, other levels' questions, the site's navigation) must not."""
from __future__ import annotations

import collections
import io
import re

import pytest
from pypdf import PdfReader

from scripts import content, search_index, sheets
from tests.support import squeeze

# Text that only the site's chrome prints: header, navigation, footer, search.
CHROME = ("Made with Material", "Written and tested by", "All printable sheets", "Print this sheet",
          "Skip to content", "Switch to dark mode")


def pdf_text(page, url: str, paper: str) -> tuple[str, int]:
    page.goto(url)
    data = page.pdf(format=paper, print_background=False)
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages), len(reader.pages)


def notes_title(q) -> str:
    """The title of a question's interviewer block, as written on its topic page."""
    for line in content.question_source(q):
        match = re.match(r'\s*\?\?\? interviewer "([^"]+)"', line)
        if match:
            return match.group(1)
    raise AssertionError(f"{q.id} has no interviewer block")


def every_sheet(book):
    return [(kind, slug, questions) for slug, _, questions in sheets.scopes(book) for kind in sheets.KINDS]


def test_every_level_and_topic_has_both_sheets(handbook, site):
    expected = {(kind, slug) for kind, slug, _ in every_sheet(handbook)}
    assert {(k, s) for k in sheets.KINDS for s in content.LEVEL_TITLES} <= expected
    assert {(k, t.slug) for k in sheets.KINDS for t in handbook.topics if t.questions} <= expected
    for kind, slug in expected:
        assert (site.dir / sheets.url(kind, slug) / "index.html").is_file(), (kind, slug)


def test_sheets_are_linked_from_their_topic_and_level_pages(handbook, site):
    index = site.html("sheets/index.html")
    for kind, slug, _ in every_sheet(handbook):
        assert f'href="{kind}/{slug}/"' in index
    for slug in content.LEVEL_TITLES:
        text = site.html(f"levels/{slug}/index.html")
        assert all(f'href="../../{sheets.url(k, slug)}"' in text for k in sheets.KINDS), slug
    for topic in handbook.topics:
        if topic.questions:
            text = site.html(topic.page.removesuffix(".md") + "/index.html")
            assert all(f'href="../../{sheets.url(k, topic.slug)}"' in text for k in sheets.KINDS), topic.slug


def test_sheets_stay_out_of_search_and_search_engines(site):
    urls = [r["meta"]["link"] for r in search_index.fragments(site.dir / search_index.OUTPUT).values()]
    assert urls and not [u for u in urls if u.startswith("sheets/")]
    assert '<meta name="robots" content="noindex">' in site.html("sheets/candidate/junior/index.html")


@pytest.mark.parametrize("kind", list(sheets.KINDS))
def test_every_sheet_prints_the_right_text_and_nothing_else(page, server, handbook, kind):
    for _, slug, questions in (s for s in every_sheet(handbook) if s[0] == kind):
        text, pages = pdf_text(page, server + sheets.url(kind, slug), "A4")
        flat = squeeze(text)
        assert pages >= 1
        for q in questions:
            assert squeeze(q.plain_title) in flat, (slug, q.id)
        others = [q for q in handbook.questions if q not in questions]
        for q in others:
            assert squeeze(q.plain_title) not in flat, (slug, "has a question from elsewhere", q.id)
        shorts = [squeeze(content.plain_text(q.short_answer))[:80] for q in questions]
        if kind == "candidate":
            assert not [s for s in shorts if s in flat], (slug, "a candidate sheet shows answers")
            assert not [q.id for q in questions if squeeze(notes_title(q)) in flat], (slug, "notes on a candidate sheet")
        else:
            assert all(s in flat for s in shorts), (slug, "an answer is missing")
            # Every question's interviewer block is on paper, under its own title
            # ("For interviewers", or "Rubric" for an exercise).
            for title, count in collections.Counter(notes_title(q) for q in questions).items():
                assert flat.count(squeeze(title)) >= count, (slug, title)
        for chrome in CHROME:
            assert squeeze(chrome) not in flat, (slug, f"navigation chrome on paper: {chrome}")


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_sheets_fit_the_paper(page, server, handbook, paper):
    """Nothing runs off the page's width: long code lines wrap, tables shrink."""
    width_mm = {"A4": 210, "Letter": 215.9}[paper]
    printable_px = (width_mm - 2 * 12) / 25.4 * 96   # @page margins are 12 mm left and right
    scopes = {slug: questions for slug, _, questions in sheets.scopes(handbook)}
    for kind in sheets.KINDS:
        for slug in ("senior", handbook.topics[1].slug):
            page.set_viewport_size({"width": int(printable_px), "height": 1000})
            page.emulate_media(media="print")
            page.goto(server + sheets.url(kind, slug))
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{kind}/{slug} is {overflow}px too wide for {paper}"
            text, pages = pdf_text(page, server + sheets.url(kind, slug), paper)
            assert pages >= 1
            assert squeeze(scopes[slug][0].plain_title) in squeeze(text)
