"""Code tabs load when their answer is opened, not with the page.

Answers are collapsed, and their code (the example, its test, its output) is most of a topic
page's weight. At build time each code tab set inside an answer moves to a small page of its
own, ``<topic>/code/<question-id>-<n>.html``, and the answer keeps a link to it. The page script
fetches that page when the answer opens and puts the tabs back in place; without JavaScript the
link opens the code page itself, which is styled and readable on its own.
"""
from __future__ import annotations

import html
import pathlib
import re

CODE_DIR = "code"
_SET_RE = re.compile(r'<div class="tabbed-set\b')
_DIV_RE = re.compile(r"<div\b|</div>")
_QUESTION_RE = re.compile(r'<h3 id="([^"]+)"[^>]*data-question=')
_LABEL_RE = re.compile(r"<label[^>]*>(.*?)</label>", re.S)
_HEAD_LINK_RE = re.compile(r'<link rel="(stylesheet|icon)" href="([^"]+)"\s*/?>')


def _div_end(text: str, start: int) -> int:
    """The index just after the </div> that closes the <div at ``start``."""
    depth = 0
    for match in _DIV_RE.finditer(text, start):
        depth += 1 if match.group(0) == "<div" else -1
        if depth == 0:
            return match.end()
    raise ValueError("unbalanced <div> in page content")


def defer(page_html: str) -> tuple[str, dict[str, tuple[str, str]]]:
    """Move each answer's code tab sets out of the page.

    Returns the page HTML with a link in place of every set, and the sets themselves as
    {file name: (question id, tab set HTML)}."""
    out, fragments, pos, counts = [], {}, 0, {}
    questions = [(m.start(), m.group(1)) for m in _QUESTION_RE.finditer(page_html)]
    for match in _SET_RE.finditer(page_html):
        if match.start() < pos:
            continue        # nested inside a set already moved
        owners = [qid for start, qid in questions if start < match.start()]
        if not owners:
            continue        # code above the first question stays where it is
        qid = owners[-1]
        end = _div_end(page_html, match.start())
        counts[qid] = counts.get(qid, 0) + 1
        name = f"{qid}-{counts[qid]}.html"
        tab_set = page_html[match.start():end]
        files = ", ".join(re.sub(r"<[^>]+>", "", label) for label in _LABEL_RE.findall(tab_set))
        fragments[name] = (qid, tab_set)
        out.append(page_html[pos:match.start()])
        out.append(f'<div class="fih-code" data-fih-code="{CODE_DIR}/{name}">'
                   f'<p><a href="{CODE_DIR}/{name}">Show the code: {html.escape(files, quote=False)}</a></p></div>')
        pos = end
    out.append(page_html[pos:])
    return "".join(out), fragments


def fragment_page(qid: str, title: str, tab_set: str, page_output: str) -> str:
    """A standalone page for one tab set, styled with the topic page's own stylesheets."""
    sheets = "\n".join(f'<link rel="{rel}" href="{href if "://" in href else "../" + href}">'
                       for rel, href in _HEAD_LINK_RE.findall(page_output))
    title = html.escape(title)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Code: {title} · Flask Interview Handbook</title>
<meta name="description" content="The example code and its test for: {title}">
<meta name="robots" content="noindex">
{sheets}
</head>
<body data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="deep-orange">
<main class="md-main"><div class="md-main__inner md-grid"><div class="md-content">
<article class="md-content__inner md-typeset">
<h1>Code: {title}</h1>
<p><a href="../#{qid}">Back to the answer</a></p>
{tab_set}
</article>
</div></div></main>
</body>
</html>
"""


def write(site_dir: str, page_url: str, fragments: dict[str, tuple[str, str]], titles: dict[str, str],
          page_output: str) -> None:
    folder = pathlib.Path(site_dir) / page_url / CODE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for name, (qid, tab_set) in fragments.items():
        (folder / name).write_text(fragment_page(qid, titles[qid], tab_set, page_output), encoding="utf-8")
