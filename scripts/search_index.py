"""The search index: one Pagefind record per question and per guide section, from the content model.

Pages are not indexed as they render. Each record is a small HTML document written here, whose
parts carry Pagefind weights, so that ranking follows what a reader means by a match:

    title (10) > search terms (8) > short answer (5) > identifiers from the code (2) > body prose (1)

Guide sections get lower weights, so a question that matches as well ranks above them. Filters
(level, topic) and the metadata a result shows (title, level, topic, short answer) ride along.
Interviewer notes are left out: every question has "red flags" and "follow-ups" there, which
would make those words match everything.

Pagefind writes a chunked index: a page load fetches none of it, and a query fetches only the
chunks for its words (the budgets are in scripts/bench.py). ``python -m scripts.search_index
SITE_DIR`` indexes an already built site.
"""
from __future__ import annotations

import asyncio
import gzip
import html
import json
import pathlib
import re
import shutil
import sys
import tempfile

from scripts import content

OUTPUT = "pagefind"          # the index's folder in the built site
WORDS = "words.json"         # the index's vocabulary, for correcting misspelt queries
WEIGHTS = {"question": {"title": 10.0, "terms": 8.0, "short": 5.0, "code": 2.0, "body": 1.0},
           "guide": {"title": 6.0, "terms": 5.0, "short": 3.0, "code": 1.0, "body": 0.5}}
GUIDE_LEVEL = "Guide"
# Identifiers worth finding in code: dotted or snake_case names, CamelCase, CONSTANTS, headers.
_IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:[.-][A-Za-z_][A-Za-z0-9_]*)*")
_MARKER_RE = re.compile(r"^\s*(\?\?\?\+?|!!!|===)\s")
_UNUSED_UI = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
              "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


def _interesting(name: str) -> bool:
    bare = name.replace(".", "").replace("-", "")
    return len(name) >= 3 and ("_" in name or "." in name or "-" in name or name.isupper()
                               or any(c.isupper() for c in bare[1:]))


def code_identifiers(paths: list[pathlib.Path], limit: int = 200) -> list[str]:
    """The distinctive identifiers of the example files an answer shows (not its tests)."""
    seen: dict[str, None] = {}
    for path in paths:
        if path.name.startswith("test_") or not path.is_file():
            continue
        for name in _IDENT_RE.findall(path.read_text(encoding="utf-8", errors="replace")):
            name = name.strip(".-")
            if _interesting(name):
                seen.setdefault(name, None)
    return list(seen)[:limit]


def body_text(lines: list[str]) -> str:
    """The answer's prose as plain text: no heading, code, includes, markers or interviewer notes."""
    out, fence = [], None
    for line in lines[1:]:
        if fence:
            if content.closes(fence, line):
                fence = None
            continue
        fm = content.FENCE_RE.match(line)
        if fm:
            fence = fm.group(1)
            continue
        stripped = line.strip()
        if content.BLOCK_RE.match(stripped) and "interviewer" in stripped.split()[1:2]:
            break
        if (not stripped or content.SEARCH_LIKE_RE.match(line) or content.SNIPPET_LINE_RE.match(line)
                or content.SNIPPET_BLOCK_RE.match(line) or _MARKER_RE.match(line)):
            continue
        out.append(content.plain_text(re.sub(r"^([-*]|\d+\.)\s+", "", stripped)))
    return " ".join(out)


def record_html(q: content.Question, topic_title: str, book_root: pathlib.Path, docs_dir: pathlib.Path) -> str:
    """The HTML document Pagefind indexes for one question or guide section."""
    kind = "question" if q.level else "guide"
    w = WEIGHTS[kind]
    lines = content.question_source(q, docs_dir)
    includes = [book_root / target for _, _, target in content.scan_snippets(q.page, lines)]
    level = content.LEVEL_TITLES.get(q.level, GUIDE_LEVEL)
    esc = html.escape
    parts = [
        f'<h1 data-pagefind-weight="{w["title"]}" data-pagefind-meta="title">{esc(q.plain_title)}</h1>',
        f'<p data-pagefind-weight="{w["terms"]}">{esc(" · ".join(q.search_terms))}</p>' if q.search_terms else "",
        f'<p data-pagefind-weight="{w["short"]}" data-pagefind-meta="short">'
        f'{esc(content.plain_text(q.short_answer))}</p>',
        f'<p data-pagefind-weight="{w["code"]}">{esc(" ".join(code_identifiers(includes)))}</p>',
        f'<div data-pagefind-weight="{w["body"]}">{esc(body_text(lines))}</div>',
    ]
    # One empty element per filter and meta value: a value may hold a comma, which the
    # comma-separated attribute form would split.
    tags = [f'<span data-pagefind-filter="level:{esc(level)}"></span>',
            f'<span data-pagefind-filter="topic:{esc(topic_title)}"></span>',
            f'<span data-pagefind-meta="level:{esc(level)}"></span>',
            f'<span data-pagefind-meta="topic:{esc(topic_title)}"></span>',
            f'<span data-pagefind-meta="id:{esc(q.id)}"></span>',
            f'<span data-pagefind-meta="link:{esc(q.url)}"></span>']
    return f'<html lang="en"><body><main data-pagefind-body>{"".join(p for p in parts + tags if p)}</main></body></html>'


_WORD_RE = re.compile(r"[a-z][a-z0-9]{3,}")
_TEXT_RE = re.compile(r"<[^>]+>")


def vocabulary(docs: list[tuple[str, str]]) -> list[str]:
    """Every word of four or more letters in the records, lower-cased: search.js corrects a query
    word the index does not know to the nearest of these."""
    words = set()
    for _, document in docs:
        words.update(_WORD_RE.findall(html.unescape(_TEXT_RE.sub(" ", document)).lower()))
    return sorted(words)


def fragments(output: pathlib.Path) -> dict[str, dict]:
    """Pagefind's per-record files, decoded: {result id: {"url", "meta", "filters", ...}}."""
    found = {}
    for path in sorted((output / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        found[path.stem] = json.loads(data[len(b"pagefind_dcd"):] if data.startswith(b"pagefind_dcd") else data)
    return found


def records(book: content.Handbook, docs_dir: pathlib.Path, root: pathlib.Path) -> list[tuple[str, str]]:
    """(the answer's URL, record HTML) for every question and guide section."""
    out = []
    for group in (book.topics, book.guides):
        for topic in group:
            for q in topic.questions:
                out.append(("/" + q.url, record_html(q, topic.title, root, docs_dir)))
    return out


async def _write(docs: list[tuple[str, str]], output: pathlib.Path) -> None:
    from pagefind.index import IndexConfig, PagefindIndex   # the binary starts only when indexing

    # One add_directory call, not one add_html_file per record: Pagefind's Python service polls
    # for each answer every 0.1 s, which made 225 records cost 23 s. The records are staged as
    # files named by their question id; where a result links to is its "link" meta.
    with tempfile.TemporaryDirectory() as staging:
        for url, document in docs:
            name = url.rsplit("#", 1)[-1]
            (pathlib.Path(staging) / f"{name}.html").write_text(document, encoding="utf-8")
        # Leaving the context writes the files, to output_path.
        async with PagefindIndex(IndexConfig(force_language="en", output_path=str(output))) as index:
            await index.add_directory(staging)


def write(book: content.Handbook, site_dir: pathlib.Path | str, docs_dir: pathlib.Path | str,
          root: pathlib.Path | str) -> pathlib.Path:
    """Index the handbook into ``site_dir/pagefind``; returns that folder."""
    output = pathlib.Path(site_dir) / OUTPUT
    if output.exists():
        shutil.rmtree(output)
    docs = records(book, pathlib.Path(docs_dir), pathlib.Path(root))
    asyncio.run(_write(docs, output))
    (output / WORDS).write_text(json.dumps(vocabulary(docs), separators=(",", ":")), encoding="utf-8")
    for name in _UNUSED_UI:      # Pagefind's own UIs: the handbook has its own (handbook-search.js)
        (output / name).unlink(missing_ok=True)
    return output


if __name__ == "__main__":
    site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    print(write(content.load(), site, content.DOCS_DIR, content.ROOT))
