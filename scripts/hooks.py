"""MkDocs hooks: validate the content model, add answer controls, write permanent links.

Kept small and plain on purpose: every function here is a thin layer over scripts/content.py,
so a move away from MkDocs only has to re-wire these events.
"""
from __future__ import annotations

import html
import json
import logging
import pathlib
import re
import sys

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts import content, deferred_code, exports, search_index, sheets  # noqa: E402  (needs the path above)

HEADING_RE = re.compile(r'<(?P<tag>h3)(?P<before>[^>]*?) id="(?P<id>[^"]+)"(?P<after>[^>]*)>(?P<inner>.*?)</h3>', re.S)
GUIDE_HEADING_RE = re.compile(r'<(?P<tag>h[23])(?P<before>[^>]*?) id="(?P<id>[^"]+)"(?P<after>[^>]*)>(?P<inner>.*?)</(?P=tag)>',
                              re.S)


def handbook(config) -> content.Handbook:
    """The validated content model of the project being built (its root holds mkdocs.yml)."""
    try:
        return content.load(config["docs_dir"], pathlib.Path(config.config_file_path).parent)
    except content.ContentError as error:
        raise PluginError(error.report()) from None


def on_config(config):
    book = handbook(config)   # fail fast, before anything is rendered
    # The search box's filters (overrides/partials/search.html), from the content model.
    config.extra["search_levels"] = [*content.LEVEL_TITLES.values(), search_index.GUIDE_LEVEL]
    config.extra["search_topics"] = sorted(t.title for t in (*book.topics, *book.guides))
    return config


def on_files(files, config):
    """Add the generated files: /q/<id>/ for every id and alias (a tiny page that forwards to the
    answer), the printable sheets, and the JSON and Anki exports."""
    book = handbook(config)
    site_url = config["site_url"] or "/"
    for name, question in book.by_id().items():
        files.append(File.generated(config, f"q/{name}/index.html", content=redirect_page(question, site_url)))
    for src, markdown in sheets.pages(book, config["docs_dir"]).items():
        files.append(File.generated(config, src, content=markdown))
    files.append(File.generated(config, exports.JSON_NAME, content=json.dumps(
        exports.questions_json(book, site_url), indent=1, ensure_ascii=False) + "\n"))
    files.append(File.generated(config, exports.APKG_NAME, content=exports.anki_package(book, site_url)))
    return files


def redirect_page(q: content.Question, site_url: str) -> str:
    """A static page that forwards to the answer, with or without JavaScript."""
    target = "../../" + q.url
    canonical = site_url.rstrip("/") + "/" + q.url
    title = html.escape(q.plain_title)
    description = html.escape(content.plain_text(q.short_answer))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} · Flask Interview Handbook</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{description}">
<meta name="robots" content="noindex">
<link rel="icon" href="../../assets/images/favicon.png">
<link rel="canonical" href="{html.escape(canonical)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Flask Interview Handbook">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{html.escape(canonical)}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="{title}">
<meta name="twitter:description" content="{description}">
<meta http-equiv="refresh" content="0; url={html.escape(target)}">
<script>location.replace({json.dumps(target)});</script>
</head>
<body>
<p>This answer lives at <a href="{html.escape(target)}">{title}</a>.</p>
</body>
</html>
"""


def on_page_content(page_html, page, config, files):
    """Give each question heading a permanent-link control and each topic page a toolbar; link
    topic and level pages to their printable sheets; give the practice page its questions."""
    book = handbook(config)
    src = page.file.src_uri
    if src == PRACTICE_PAGE:
        return page_html + practice_data(book, "../" * page.url.count("/"))
    if src.startswith("levels/"):
        return _after_h1(page_html, sheet_links(pathlib.PurePosixPath(src).stem, page))
    is_guide = src.startswith(content.GUIDES_SUBDIR + "/")
    if not (is_guide or src.startswith(content.TOPICS_SUBDIR + "/")):
        return page_html
    slug = pathlib.PurePosixPath(src).stem
    sections = next(t for t in (book.guides if is_guide else book.topics) if t.slug == slug).questions
    questions = {q.id: q for q in sections}
    site_url = config["site_url"] or ""

    def decorate(m: re.Match) -> str:
        q = questions.get(m.group("id"))
        if q is None:
            return m.group(0)
        permalink = q.permalink(site_url) if site_url else "../../" + q.permalink_path
        markdown_link = f"[{q.plain_title}]({permalink})"
        aliases = "".join(f'<span id="{a}" class="fih-alias"></span>' for a in q.aliases)
        if page.present_anchor_ids is not None:   # links to an old id validate, as they resolve
            page.present_anchor_ids.update(q.aliases)
        control = (f'<a class="fih-copy" href="../../{q.permalink_path}" data-link="{html.escape(markdown_link)}" '
                   f'title="Copy a Markdown link to this section">Copy link</a>')
        attrs = re.sub(r'\s*data-aliases="[^"]*"', "", m.group("before") + m.group("after"))
        tag = m.group("tag")
        badge = (f'<span class="fih-level fih-level--{q.level}">{content.LEVEL_TITLES[q.level]}</span> '
                 if q.level else "")
        marker = f' data-question="{q.level}"' if q.level else ' data-section=""'
        return (f'{aliases}<{tag} id="{q.id}"{attrs}{marker}>'
                f'{m.group("inner")}</{tag}>\n<p class="fih-meta">{badge}{control}</p>')

    if is_guide:
        return GUIDE_HEADING_RE.sub(decorate, page_html)
    toolbar = ('<div class="fih-toolbar" role="group" aria-label="Answers on this page">'
               '<button type="button" class="md-button fih-expand" data-fih-expand="open">Expand all</button> '
               '<button type="button" class="md-button fih-expand" data-fih-expand="close">Collapse all</button>'
               '</div>\n')
    page_html = HEADING_RE.sub(decorate, page_html)
    # Code tabs load when their answer opens (scripts/deferred_code.py); written in on_post_page.
    page_html, _DEFERRED[src] = deferred_code.defer(page_html)
    return _after_h1(page_html, sheet_links(pathlib.PurePosixPath(src).stem, page) + toolbar)


_DEFERRED: dict[str, dict[str, tuple[str, str]]] = {}


def on_post_page(output, page, config):
    """Write the code pages of a topic page, styled with the page's own stylesheets."""
    fragments = _DEFERRED.pop(page.file.src_uri, None)
    if fragments:
        titles = {q.id: q.plain_title for q in handbook(config).questions}
        deferred_code.write(config["site_dir"], page.url, fragments, titles, output)
    return output


def _after_h1(page_html: str, extra: str) -> str:
    head, sep, rest = page_html.partition("</h1>")
    return head + sep + "\n" + extra + rest if sep else extra + page_html


def sheet_links(scope: str, page) -> str:
    """Links from a topic or level page to its two printable sheets."""
    up = "../" * page.url.count("/")
    links = " · ".join(f'<a href="{up}{sheets.url(kind, scope)}">{label}</a>' for kind, label in sheets.KINDS.items())
    return f'<p class="fih-sheets">Print: {links}</p>\n'


PRACTICE_PAGE = "practice.md"


def practice_data(book: content.Handbook, up: str) -> str:
    """Every question for the practice page, embedded so that it works offline."""
    titles = {t.slug: t.title for t in book.topics}
    data = {
        "levels": content.LEVEL_TITLES,
        "topics": titles,
        "questions": [{"id": q.id, "title": exports.title_html(q), "level": q.level, "topic": q.topic,
                       "url": up + q.url, "short": exports.short_answer_html(q)} for q in book.questions],
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'\n<script type="application/json" id="fih-practice-data">{payload}</script>\n'


SLATE_BLOCK = "@media screen{[data-md-color-scheme=slate]"


def dark_scheme_css(palette_css: str) -> str:
    """Material's dark ("slate") variables, applied when the reader's system prefers dark.

    Material ships them as one `@media screen{...}` block in its palette stylesheet, keyed on
    `data-md-color-scheme=slate`; the same block keyed on our one scheme, under a
    prefers-color-scheme query, gives dark mode without Material's palette script."""
    start = palette_css.find(SLATE_BLOCK)
    if start < 0:
        raise PluginError("Material's palette stylesheet has no dark (slate) block any more: "
                          "update dark_scheme_css() in scripts/hooks.py for this Material version")
    depth = 0
    for end, char in enumerate(palette_css[start:], start):
        depth += (char == "{") - (char == "}")
        if char == "}" and depth == 0:
            break
    block = palette_css[start:end + 1].replace("[data-md-color-scheme=slate]", "[data-md-color-scheme=default]")
    return block.replace("@media screen{", "@media screen and (prefers-color-scheme: dark){", 1)


def on_post_build(config):
    """Write the search index; prepend the dark scheme to the handbook stylesheet, before our
    own dark overrides."""
    site = pathlib.Path(config["site_dir"])
    search_index.write(handbook(config), site, config["docs_dir"], pathlib.Path(config.config_file_path).parent)
    palette = next((site / "assets" / "stylesheets").glob("palette.*.min.css"))
    ours = site / "assets" / "handbook.css"
    ours.write_text("/* Material's dark scheme, for prefers-color-scheme: dark (scripts/hooks.py) */\n"
                    + dark_scheme_css(palette.read_text(encoding="utf-8")) + "\n"
                    + ours.read_text(encoding="utf-8"), encoding="utf-8")


# mkdocs-macros logs its module discovery at INFO on every build: keep the build output quiet.
logging.getLogger("mkdocs.plugins.mkdocs_macros").setLevel(logging.WARNING)
