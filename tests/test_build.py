"""The strict build: clean output, and generated pages that agree with the content model."""
from __future__ import annotations

import html
import re

from scripts import content, search_index
from tests.support import ROOT

# MkDocs' own progress lines are the only output a clean build may have.
ALLOWED_OUTPUT = (
    re.compile(r"^INFO\s+-\s+Cleaning site directory$"),
    re.compile(r"^INFO\s+-\s+Building documentation to directory: .+$"),
    re.compile(r"^INFO\s+-\s+Documentation built in [\d.]+ seconds$"),
)


def test_strict_build_is_clean(build):
    assert build.returncode == 0, build.output
    noise = [line for line in build.output.splitlines()
             if line.strip() and not any(p.match(line) for p in ALLOWED_OUTPUT)]
    assert not noise, "the build printed more than MkDocs' progress lines:\n" + "\n".join(noise)


def test_strict_validation_is_configured():
    """Broken links and anchors are warnings in MkDocs, and strict mode makes them errors."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^strict: true$", config, re.M)
    for key in ("omitted_files", "absolute_links", "unrecognized_links", "anchors"):
        assert re.search(rf"^  {key}: warn$", config, re.M), key
    assert "check_paths: true" in config


def built_pages(site):
    return [p for p in site.dir.rglob("*.html")]


def test_every_page_has_a_meta_description(site):
    for path in built_pages(site):
        m = re.search(r'<meta name="description" content="([^"]+)"', path.read_text(encoding="utf-8"))
        assert m and len(m.group(1)) > 30, f"{path.relative_to(site.dir)} has no useful meta description"


def test_content_pages_have_their_own_description(site, handbook):
    descriptions = {}
    for path in (ROOT / "docs").rglob("*.md"):
        rel = path.relative_to(ROOT / "docs").as_posix()
        built = site.dir / content.page_url(rel) / "index.html"
        m = re.search(r'<meta name="description" content="([^"]+)"', built.read_text(encoding="utf-8"))
        descriptions[rel] = html.unescape(m.group(1))
    assert len(set(descriptions.values())) == len(descriptions), descriptions


def level_links(site, level):
    page = site.html(f"levels/{level}/index.html")
    article = page[page.index("<article"):page.index("</article>")]
    return re.findall(r'<a href="\.\./\.\./topics/([\w-]+)/#([\w-]+)"', article)


def test_level_tracks_list_every_question_of_their_level(site, handbook):
    for level in content.LEVEL_TITLES:
        expected = [(q.topic, q.id) for q in handbook.questions if q.level == level]
        assert sorted(level_links(site, level)) == sorted(expected), level


def table_rows(page: str) -> list[list[str]]:
    """The cells of every row of a built HTML table, tags stripped."""
    return [[re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", page, re.S)]


def test_home_page_counts_match_the_content_model(site, handbook):
    rows = {cells[0]: [int(c) for c in cells[1:]] for cells in table_rows(site.html("index.html")) if cells}
    for topic in handbook.topics:
        expected = [sum(q.level == lv for q in topic.questions) for lv in content.LEVEL_TITLES]
        assert rows[topic.title] == expected + [len(topic.questions)], topic.slug
    assert rows["All topics"][-1] == len(handbook.questions)
    assert sum(rows["All topics"][:-1]) == len(handbook.questions)


def test_every_id_and_alias_has_a_permanent_link(site, handbook):
    for name, q in handbook.by_id().items():
        page = site.html(f"q/{name}/index.html")
        target = f"../../{q.page_url}#{q.id}"
        assert f'content="0; url={target}"' in page
        assert f'href="{target}"' in page
        assert f'<link rel="canonical" href="{site.site_url}{q.page_url}#{q.id}">' in page
        assert f"<title>{html.escape(q.plain_title)} · Flask Interview Handbook</title>" in page


def test_questions_get_copy_link_controls(site, handbook):
    for q in handbook.questions:
        page = site.html(f"{q.page_url}index.html")
        link = html.escape(f"[{q.plain_title}]({q.permalink(site.site_url)})")
        assert f'href="../../{q.permalink_path}" data-link="{link}"' in page, q.id


def test_macros_never_touch_code():
    """Only pages without code opt in to macros, so Jinja in examples is never rendered."""
    for path in (ROOT / "docs").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^render_macros:\s*true\s*$", text, re.M):
            assert "```" not in text and "--8<--" not in text, path
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "render_by_default: false" in config and "on_undefined: strict" in config


def visible_text(page_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page_html))


def test_template_code_is_shown_verbatim(site, handbook):
    """Jinja in included templates reaches the reader untouched: the macros plugin never renders it."""
    checked = 0
    for page, _, target in handbook.snippets:
        source = (ROOT / target).read_text(encoding="utf-8")
        expressions = re.findall(r"\{\{.*?\}\}|\{%.*?%\}", source)
        if not expressions:
            continue
        rel = page.removeprefix("docs/")
        # The page and the code pages its answers load (scripts/deferred_code.py).
        built = [site.dir / content.page_url(rel) / "index.html",
                 *sorted((site.dir / content.page_url(rel) / "code").glob("*.html"))]
        text = "".join(visible_text(p.read_text(encoding="utf-8")) for p in built)
        for expression in expressions:
            assert expression in text, f"{target}: {expression!r} is not shown verbatim on {rel}"
        checked += 1
    assert checked, "no included file with Jinja syntax: this test checks nothing"


def test_answer_code_moves_to_code_pages_and_out_of_the_search_index(site, handbook):
    """Every code tab set of an answer lives in its own page under <topic>/code/, the topic page
    links to it, and the search index holds identifiers from the code, never the code itself."""
    moved = 0
    for topic in handbook.topics:
        page_dir = site.dir / content.page_url(topic.page)
        page_html = (page_dir / "index.html").read_text(encoding="utf-8")
        links = re.findall(r'data-fih-code="(code/[^"]+)"', page_html)
        assert len(links) == len(set(links))
        built = sorted(p.relative_to(page_dir).as_posix() for p in (page_dir / "code").glob("*.html"))
        assert sorted(links) == built, topic.slug
        assert 'class="tabbed-set' not in page_html, f"{topic.slug}: a code tab set stayed on the page"
        moved += len(links)
        for link in links:
            fragment = (page_dir / link).read_text(encoding="utf-8")
            assert fragment.count('class="tabbed-set') >= 1
            assert '<meta name="robots" content="noindex">' in fragment
            qid = link.removeprefix("code/").rsplit("-", 1)[0]
            assert f'href="../#{qid}"' in fragment
    text = " ".join(r["content"] for r in search_index.fragments(site.dir / search_index.OUTPUT).values())
    assert "import pytest" not in text and "@pytest.fixture" not in text
    # Every included file is shown in a tab set, and there is at least one set per question.
    assert moved >= len(handbook.questions)
