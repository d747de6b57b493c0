"""Printable interview sheets, generated from the content model as Markdown pages.

For every level and every topic there are two sheets:

- the candidate sheet: the questions only, numbered, for self-testing;
- the interviewer sheet: each question with its answer and the interviewer notes, open.

The interviewer sheet reuses each question's own Markdown block (``content.question_source``),
so it always says what the topic page says. Only three things change on the way: collapsed
blocks are opened, code tabs are left out (each question links to its code online), and
relative links are re-pointed at the topic pages.
"""
from __future__ import annotations

import posixpath
import re

from scripts import content

KINDS = {
    "candidate": "Candidate sheet",
    "interviewer": "Interviewer sheet",
}
SHEETS_DIR = "sheets"
TEMPLATE = "sheet.html"

_COLLAPSED_RE = re.compile(r"^(\s*)\?\?\?\+?(\s)")
_TAB_RE = re.compile(r'^(\s*)=== "([^"]*)"')
_LINK_RE = re.compile(r"(\]\()([^)\s]+)(\))")


def scopes(book: content.Handbook) -> list[tuple[str, str, list[content.Question]]]:
    """(slug, title, questions) for each level, then each topic, in site order."""
    found = []
    for level, title in content.LEVEL_TITLES.items():
        found.append((level, f"{title} questions", [q for q in book.questions if q.level == level]))
    for topic in book.topics:
        found.append((topic.slug, topic.title, list(topic.questions)))
    slugs = [slug for slug, _, _ in found]
    clash = {s for s in slugs if slugs.count(s) > 1}
    if clash:   # a topic page named like a level would make two sheets share a URL
        raise ValueError(f"sheet names clash: {sorted(clash)}; rename the topic page")
    return [s for s in found if s[2]]


def src_uri(kind: str, scope: str) -> str:
    return f"{SHEETS_DIR}/{kind}/{scope}.md"


def url(kind: str, scope: str) -> str:
    """The sheet's URL relative to the site root."""
    return content.page_url(src_uri(kind, scope))


def pages(book: content.Handbook, docs_dir) -> dict[str, str]:
    """Every sheet page and the sheets' index, as {src_uri: markdown}."""
    out = {}
    for slug, title, questions in scopes(book):
        for kind in KINDS:
            body = (candidate if kind == "candidate" else interviewer)(book, slug, questions, docs_dir)
            out[src_uri(kind, slug)] = _front_matter(f"{title}: {KINDS[kind].lower()}") + body
    out[f"{SHEETS_DIR}/index.md"] = index(book)
    return out


def index(book: content.Handbook) -> str:
    rows = []
    for slug, title, questions in scopes(book):
        links = " · ".join(f"[{KINDS[k]}]({k}/{slug}.md)" for k in KINDS)
        rows.append(f"| {title} | {len(questions)} | {links} |")
    return ("---\ndescription: \"Printable Flask interview sheets per level and per topic: questions only "
            "for candidates, questions with answers and notes for interviewers.\"\n---\n\n"
            "# Printable interview sheets\n\n"
            "Each level and each topic has two sheets. The **candidate sheet** lists the questions only, "
            "for practising on paper. The **interviewer sheet** adds every answer and the notes for "
            "interviewers. Open one and print it (A4 or Letter): the site's navigation is left out.\n\n"
            "| Sheet | Questions | Print |\n|---|---:|---|\n" + "\n".join(rows) + "\n")


def _front_matter(title: str) -> str:
    return (f"---\ntemplate: {TEMPLATE}\ntitle: \"{title}\"\nsearch:\n  exclude: true\n"
            "description: A printable Flask interview sheet.\n---\n\n")


def _up(src: str) -> str:
    return "../" * src.count("/")


def candidate(book, slug, questions, docs_dir) -> str:
    """Questions only, grouped (by topic on a level sheet, by level on a topic sheet)."""
    lines = [f"# {_heading(book, slug)}: candidate sheet", "",
             f"{len(questions)} questions. Answer each one aloud or on paper first; then compare with "
             f"the [interviewer sheet](../interviewer/{slug}.md) or the linked answers.", ""]
    for group, items in _groups(book, slug, questions):
        lines += [f"## {group}", ""]
        for n, q in enumerate(items, 1):
            lines.append(f"{n}. {q.title} <small class=\"fih-ref\">{q.permalink_path}</small>")
        lines.append("")
    return "\n".join(lines)


def interviewer(book, slug, questions, docs_dir) -> str:
    """Every question with its answer and interviewer notes, opened, grouped like the candidate sheet."""
    src = src_uri("interviewer", slug)
    lines = [f"# {_heading(book, slug)}: interviewer sheet", "",
             f"{len(questions)} questions with their answers and interviewer notes. "
             f"The [candidate sheet](../candidate/{slug}.md) has the questions alone.", ""]
    for group, items in _groups(book, slug, questions):
        lines += [f"## {group}", ""]
        for q in items:
            lines += _open_block(content.question_source(q, docs_dir), q.page, src)
            lines += ["", f"*Code and tests for this answer: [{q.permalink_path}]({_up(src)}{q.page}#{q.id})*", ""]
    return "\n".join(lines)


def _heading(book, slug) -> str:
    if slug in content.LEVEL_TITLES:
        return f"{content.LEVEL_TITLES[slug]} questions"
    return book.topic(slug).title


def _groups(book, slug, questions):
    if slug in content.LEVEL_TITLES:
        for topic in book.topics:
            items = [q for q in questions if q.topic == topic.slug]
            if items:
                yield topic.title, items
    else:
        for level, title in content.LEVEL_TITLES.items():
            items = [q for q in questions if q.level == level]
            if items:
                yield title, items


def _open_block(block: list[str], page: str, sheet_src: str) -> list[str]:
    """A question's Markdown, made ready for paper."""
    out = []
    skip_indent = None      # inside a test tab that is left out: its indentation
    for line in block:
        tab = _TAB_RE.match(line)
        if skip_indent is not None:
            if line.strip() and len(line) - len(line.lstrip()) <= skip_indent:
                skip_indent = None
            else:
                continue
        if tab:             # code tabs stay online; paper gets the prose
            skip_indent = len(tab.group(1))
            continue
        line = _COLLAPSED_RE.sub(r"\1!!!\2", line)
        out.append(_LINK_RE.sub(lambda m: m.group(1) + _relink(m.group(2), page, sheet_src) + m.group(3), line))
    return out


def _relink(target: str, page: str, sheet_src: str) -> str:
    """Re-point a link written on ``page`` so that it works from the sheet."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("/"):
        return target
    path, _, anchor = target.partition("#")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
    return _up(sheet_src) + resolved + (f"#{anchor}" if anchor else "")
