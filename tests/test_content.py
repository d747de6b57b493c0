"""The content model: the real pages parse, and each kind of malformed page fails with the file,
the line and what to do."""
from __future__ import annotations

import pathlib
import re

import pytest

from scripts import content
from tests.support import copy_project, run_build

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "content"


def load_fixture(name: str) -> content.Handbook:
    root = FIXTURES / name
    return content.load(root / "docs", root)


def problems_of(name: str) -> list[str]:
    with pytest.raises(content.ContentError) as caught:
        load_fixture(name)
    return [str(p) for p in caught.value.problems]


# -- Malformed content: one fixture per case ---------------------------------------------------

BAD = {
    "missing-id": ("docs/topics/sample.md:9: question 'A question without an id' has no id",
                   "### A question without an id { #a-question-without-an-id }"),
    "duplicate-id": ("docs/topics/beta.md:9: duplicate id 'same-id' (first used at docs/topics/alpha.md:9)",
                     "ids are global across the site"),
    "outside-level": ("docs/topics/sample.md:7: question 'Where is my level?' is outside a level section",
                      "move it under '## Junior', '## Mid-level' or '## Senior'"),
    "unknown-level": ("docs/topics/sample.md:7: unknown level 'Expert'",
                      "'## Junior', '## Mid-level' and '## Senior', in that order"),
    "level-order": ("docs/topics/sample.md:19: level section 'Junior' is out of order or repeated",
                    "in the order Junior, Mid-level, Senior"),
    "no-answer": ("docs/topics/sample.md:9: question 'no-answer-here' has no collapsible answer",
                  'put a collapsed answer block right under the heading: ??? answer "Answer"'),
    "open-answer": ("docs/topics/sample.md:11: the answer to 'open-one' is open by default (???+)",
                    'answers are collapsed blocks: write ??? answer "Answer"'),
    "plain-answer": ("docs/topics/sample.md:11: the answer to 'plain-one' is not collapsible (!!!)",
                     'answers are collapsed blocks: write ??? answer "Answer"'),
    "no-interviewer": ("docs/topics/sample.md:9: question 'no-notes' has no interviewer notes",
                       '??? interviewer "For interviewers"'),
    "no-short-answer": ("docs/topics/sample.md:11: the answer to 'code-first' does not open with a short answer",
                        "start the answer with a paragraph"),
    "missing-snippet": ("docs/topics/sample.md:16: snippet file 'examples/nowhere/gone.py' does not exist",
                        "create the file under examples/, or fix the path"),
    "guide-no-summary": ("docs/guides/helpers.md:7: section 'best-practices' does not open with a summary",
                         "start the section with a paragraph"),
    "guide-duplicate-id": ("docs/guides/helpers.md:7: duplicate id 'shared-id' (first used at docs/topics/alpha.md:9)",
                           "ids are global across the site"),
    "search-unclosed": ("docs/topics/sample.md:11: malformed search-terms line",
                        "<!-- search: first term; second term -->"),
    "search-empty-term": ("docs/topics/sample.md:11: empty search term for 'terms-here'",
                          "separate terms with single semicolons"),
    "search-repeated": ("docs/topics/sample.md:11: search term 'App Context' is repeated for 'terms-here'",
                        "list each term once"),
    "search-misplaced": ("docs/topics/sample.md:16: search terms that are not right under a heading",
                         "move the line right under the heading it belongs to"),
    "published-gone": ("scripts/published-ids.txt:3: id 'old-name' was published and no question has it any more",
                       '### Title { #new-id data-aliases="old-name" }'),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_content_names_file_line_and_fix(case):
    where_and_what, fix = BAD[case]
    problems = problems_of(case)
    assert len(problems) == 1, problems
    first_line, fix_line = problems[0].split("\n")
    assert first_line == where_and_what
    assert fix_line.startswith("    fix: ") and fix in fix_line


def test_every_fixture_case_is_tested():
    cases = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert cases == set(BAD) | {"good"}


def test_build_stops_on_malformed_content(tmp_path):
    """The real build (hook) fails with the same message, before rendering anything."""
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "topics" / "fundamentals.md"
    text = page.read_text(encoding="utf-8")
    first = re.search(r"^### (.+?) \{ #([a-z0-9-]+) \}$", text, re.M)
    page.write_text(text.replace(first.group(0), f"### {first.group(1)}"), encoding="utf-8")
    line = text[: first.start()].count("\n") + 1

    proc = run_build(project, tmp_path / "site")

    assert proc.returncode != 0
    assert f"docs/topics/fundamentals.md:{line}: question '{first.group(1)}' has no id" in proc.stderr
    assert "fix: give the heading a stable id" in proc.stderr
    assert not (tmp_path / "site" / "index.html").exists()


# -- The good fixture: aliases and records ------------------------------------------------------

def test_alias_resolves_to_renamed_question():
    book = load_fixture("good")
    ids = book.by_id()
    assert ids["old-name"].id == "renamed-question"
    assert ids["renamed-question"].aliases == ("old-name",)
    assert [q.level for q in book.questions] == ["junior", "senior"]
    assert book.questions[0].short_answer == "A short answer in plain words."
    assert book.questions[0].url == "topics/sample/#first-question"
    assert book.questions[0].permalink("https://example.org/repo/") == "https://example.org/repo/q/first-question/"


def test_search_terms_belong_to_their_question():
    book = load_fixture("good")
    by_id = book.by_id()
    assert by_id["first-question"].search_terms == ("Working outside of application context", "413", "url_for", "N+1")
    assert by_id["renamed-question"].search_terms == ()
    assert by_id["faq-length"].search_terms == ("interview length",)
    assert by_id["faq-length"].short_answer.startswith("Forty-five")   # the terms are not the summary


def test_guide_sections_are_linkable_like_questions():
    """Headings with ids on guide pages are sections: permanent ids and aliases, a summary for
    link previews, but not questions (no level, not in the exports or tracks)."""
    book = load_fixture("good")
    (guide,) = book.guides
    assert guide.title == "A guide"
    assert [(s.id, s.level, s.short_answer) for s in guide.questions] == [
        ("faq-length", "", "Forty-five to sixty minutes, with `code` allowed in the summary."),
        ("sub-section", "", "Its summary."),
    ]
    assert book.by_id()["old-faq"].id == "faq-length"
    assert book.by_id()["faq-length"].url == "guides/helpers/#faq-length"
    assert all(q.level for q in book.questions)      # sections never count as questions


def test_record_appends_only_new_ids(tmp_path):
    book = load_fixture("good")
    published = tmp_path / "published-ids.txt"
    published.write_text("first-question\n", encoding="utf-8")
    new = ["renamed-question", "old-name", "faq-length", "old-faq", "sub-section"]   # guide sections too
    assert content.record(book, published) == new
    assert content.record(book, published) == []
    assert [name for _, name in content.read_published(published)] == ["first-question", *new]


# -- The real content --------------------------------------------------------------------------

def test_real_pages_parse(handbook):
    assert handbook.questions, "no questions found under docs/topics/"
    for q in handbook.questions:
        assert q.level in content.LEVEL_TITLES
        assert q.short_answer, q.id
        assert content.ID_RE.match(q.id)


def test_every_published_id_is_recorded(handbook):
    missing = content.unrecorded_ids(handbook)
    assert not missing, (f"new ids not yet in scripts/published-ids.txt: {missing}; "
                         "run: .venv/bin/python -m scripts.content --record")


@pytest.mark.parametrize("markdown, plain", [
    ("Why build URLs with `url_for()` instead?", "Why build URLs with url_for() instead?"),
    ("What is `__name__` for?", "What is __name__ for?"),
    ("**Short:** use _emphasis_ and snake_case", "Short: use emphasis and snake_case"),
    ("See [the docs](https://example.org/) now", "See the docs now"),
])
def test_plain_text_keeps_code_and_drops_markup(markdown, plain):
    assert content.plain_text(markdown) == plain


def test_renamed_question_keeps_its_old_id_working(tmp_path):
    """Rename an id with an alias: the build passes, /q/<old>/ forwards to the renamed answer,
    and the old #anchor still exists on the page."""
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "topics" / "routing.md"
    text = page.read_text(encoding="utf-8")
    assert "{ #redirects }" in text
    page.write_text(text.replace("{ #redirects }", '{ #redirect-status-codes data-aliases="redirects" }'),
                    encoding="utf-8")

    proc = run_build(project, tmp_path / "site")

    assert proc.returncode == 0, proc.stderr
    forward = (tmp_path / "site" / "q" / "redirects" / "index.html").read_text(encoding="utf-8")
    assert 'url=../../topics/routing/#redirect-status-codes"' in forward
    built = (tmp_path / "site" / "topics" / "routing" / "index.html").read_text(encoding="utf-8")
    assert '<span id="redirects" class="fih-alias"></span><h3 id="redirect-status-codes"' in built


def test_renaming_without_an_alias_fails_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "topics" / "routing.md"
    page.write_text(page.read_text(encoding="utf-8").replace("{ #redirects }", "{ #redirect-status-codes }"),
                    encoding="utf-8")
    proc = run_build(project, tmp_path / "site")
    assert proc.returncode != 0
    assert "id 'redirects' was published and no question has it any more" in proc.stderr
