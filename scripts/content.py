"""The handbook's content model: the one place that reads topic pages into question records.

Every topic page (``docs/topics/<topic>.md``) looks like this::

    ---
    description: One sentence for search engines and link previews.
    ---

    # Topic title

    ## Junior

    ### Question title { #stable-question-id }

    <!-- search: words readers type; that the title does not say -->

    ??? answer "Answer"

        The short answer: what a candidate says in the first 30 seconds.

        The depth, then code tabs that include files from examples/.

    ??? interviewer "For interviewers"

        What a strong answer shows, red flags, follow-up questions.

    ## Mid-level
    ...
    ## Senior
    ...

The build (hooks, macros) and the tests call :func:`load`; nothing else parses pages.
Malformed content raises :class:`ContentError`, which lists every problem with the file,
the line and what to do.

Run ``python -m scripts.content`` to print the questions, ``--record`` to add new ids to
the published-ids file (see CONTRIBUTING.md).
"""
from __future__ import annotations

import dataclasses
import pathlib
import re
import sys
from typing import Iterable

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCS_DIR = ROOT / "docs"
PUBLISHED_IDS = ROOT / "scripts" / "published-ids.txt"
TOPICS_SUBDIR = "topics"
GUIDES_SUBDIR = "guides"    # guide pages: sections with stable ids, no levels or answer blocks

# Level headings, in the order they must appear on a page: heading text -> level slug.
LEVELS = {"Junior": "junior", "Mid-level": "mid-level", "Senior": "senior"}
LEVEL_TITLES = {slug: title for title, slug in LEVELS.items()}

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
ATTR_LIST_RE = re.compile(r"\s*\{:?\s*([^{}]*?)\s*\}\s*$")
ATTR_TOKEN_RE = re.compile(r"""#([^\s}]+)|\.([^\s}]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))""")
FENCE_RE = re.compile(r"^\s*(`{3,}|~{3,})")
BLOCK_RE = re.compile(r"^(\?\?\?\+?|!!!)\s+([\w-]+)(?:\s+(.*))?$")
SNIPPET_LINE_RE = re.compile(r"""^\s*-{1,}8<-{1,}\s+(["'])(.+?)\1\s*$""")
SNIPPET_BLOCK_RE = re.compile(r"^\s*-{1,}8<-{1,}\s*$")
# Search terms: what readers type that the title does not say (error messages, symptoms,
# identifiers, old names), in a comment line between a heading and its answer or summary.
SEARCH_RE = re.compile(r"^<!--\s*search:(.*?)-->\s*$")
SEARCH_LIKE_RE = re.compile(r"^\s*<!--\s*search", re.I)
SEARCH_HOW = "write one line right under the heading: <!-- search: first term; second term -->"


class ContentError(Exception):
    """One or more problems in the handbook's Markdown, each with a place and a fix."""

    def __init__(self, problems: list["Problem"]):
        self.problems = problems
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} content problem{'s' if count != 1 else ''} found:"
        return "\n".join([head, *(str(p) for p in self.problems)])


@dataclasses.dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}\n    fix: {self.fix}"


@dataclasses.dataclass(frozen=True)
class Question:
    id: str
    title: str          # the heading text, Markdown inline syntax kept
    level: str          # junior | mid-level | senior
    topic: str          # the topic slug: the page's file name
    page: str           # source path relative to docs/, e.g. "topics/routing.md"
    line: int           # line of the heading in that file
    short_answer: str   # the answer's first paragraph, Markdown
    aliases: tuple[str, ...] = ()
    end: int = 0        # last line of the question's block (heading, answer, notes) in that file
    search_terms: tuple[str, ...] = ()   # what readers type that the title does not say

    @property
    def anchor(self) -> str:
        return self.id

    @property
    def page_url(self) -> str:
        """The page's URL relative to the site root, as MkDocs builds it."""
        return page_url(self.page)

    @property
    def url(self) -> str:
        """Where the answer lives, relative to the site root."""
        return f"{self.page_url}#{self.anchor}"

    @property
    def permalink_path(self) -> str:
        """The permanent link's path relative to the site root: it never changes."""
        return f"q/{self.id}/"

    def permalink(self, site_url: str) -> str:
        return site_url.rstrip("/") + "/" + self.permalink_path

    @property
    def plain_title(self) -> str:
        return plain_text(self.title)


@dataclasses.dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    page: str
    description: str
    questions: tuple[Question, ...]


@dataclasses.dataclass(frozen=True)
class CodeBlock:
    page: str           # source path relative to the project root
    line: int           # line of the opening fence
    lang: str           # the fence's language, "" when none
    body: tuple[str, ...]

    @property
    def includes_only(self) -> bool:
        """True when the block shows only files included with snippets (no inline code)."""
        lines = [b.strip() for b in self.body if b.strip()]
        return bool(lines) and all(SNIPPET_LINE_RE.match(b) for b in lines)


@dataclasses.dataclass(frozen=True)
class Handbook:
    topics: tuple[Topic, ...]
    snippets: tuple[tuple[str, int, str], ...]   # (page, line, path relative to the root)
    code_blocks: tuple[CodeBlock, ...] = ()
    guides: tuple[Topic, ...] = ()    # guide pages; their sections have level "" and are not questions

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for t in self.topics for q in t.questions)

    @property
    def sections(self) -> tuple[Question, ...]:
        """The linkable sections of the guide pages."""
        return tuple(s for g in self.guides for s in g.questions)

    def by_id(self) -> dict[str, Question]:
        """Every id and alias (questions and guide sections), mapped to its question or section."""
        found = {}
        for q in (*self.questions, *self.sections):
            found[q.id] = q
            for alias in q.aliases:
                found[alias] = q
        return found

    def topic(self, slug: str) -> Topic:
        return next(t for t in self.topics if t.slug == slug)


def page_url(src: str) -> str:
    """MkDocs' URL for a page with use_directory_urls: topics/routing.md -> topics/routing/."""
    path = src[:-3] if src.endswith(".md") else src
    if path == "index":
        return ""
    if path.endswith("/index"):
        return path[: -len("index")]
    return path + "/"


def question_source(q: Question, docs_dir: pathlib.Path | str = DOCS_DIR) -> list[str]:
    """The Markdown lines of one question's block: its heading, answer and interviewer notes."""
    lines = (pathlib.Path(docs_dir) / q.page).read_text(encoding="utf-8").splitlines()
    block = lines[q.line - 1:q.end]
    while block and not block[-1].strip():
        block.pop()
    return block


def plain_text(markdown: str) -> str:
    """Inline Markdown to plain text, for titles, previews and exports.

    Code spans keep their content verbatim (``url_for`` stays url_for); emphasis markers are
    dropped only where they delimit words, so snake_case names survive."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    pieces = re.split(r"(`+)(.+?)\1", text)
    out = []
    for index, piece in enumerate(pieces):
        kind = index % 3
        if kind == 0:      # prose
            out.append(re.sub(r"(?<![\w*])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*])", "", piece))
        elif kind == 2:    # the content of a code span
            out.append(piece.strip())
    return re.sub(r"\s+", " ", "".join(out)).strip()


def parse_attrs(text: str) -> tuple[str, dict[str, str]]:
    """Split a heading into its text and its attr_list attributes (``id``, ``class``, others)."""
    m = ATTR_LIST_RE.search(text)
    if not m:
        return text, {}
    attrs: dict[str, str] = {}
    for token in ATTR_TOKEN_RE.finditer(m.group(1)):
        ident, cls, key = token.group(1), token.group(2), token.group(3)
        if ident:
            attrs["id"] = ident
        elif cls:
            attrs["class"] = (attrs.get("class", "") + " " + cls).strip()
        elif key:
            attrs[key] = next(v for v in token.group(4, 5, 6) if v is not None)
    return text[: m.start()].rstrip(), attrs


def _front_matter(lines: list[str]) -> tuple[dict, int]:
    """The YAML front matter and the index of the first line after it."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            meta = yaml.safe_load("\n".join(lines[1:i])) or {}
            return (meta if isinstance(meta, dict) else {}), i + 1
    return {}, 0


def scan_snippets(rel: str, lines: list[str]) -> list[tuple[str, int, str]]:
    """Every file a page includes with pymdownx.snippets: (page, line, path)."""
    found = []
    in_block = False
    for number, line in enumerate(lines, 1):
        if SNIPPET_BLOCK_RE.match(line):
            in_block = not in_block
            continue
        m = SNIPPET_LINE_RE.match(line)
        target = m.group(2) if m else (line.strip() if in_block and line.strip() else None)
        if target and not target.startswith(";") and "://" not in target:
            found.append((rel, number, target.split(":", 1)[0]))
    return found


def closes(fence: str, line: str) -> bool:
    """Whether ``line`` closes a code block opened by ``fence`` (same character, at least as long,
    nothing after it)."""
    m = FENCE_RE.match(line)
    return bool(m) and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) \
        and not line.strip()[len(m.group(1)):].strip()


def scan_code_blocks(rel: str, lines: list[str]) -> list[CodeBlock]:
    """Every fenced code block of a page, with its language and body."""
    blocks, fence, start, lang, body = [], None, 0, "", []
    for number, line in enumerate(lines, 1):
        m = FENCE_RE.match(line)
        if fence is None:
            if m:
                fence, start, body = m.group(1), number, []
                lang = line.strip()[len(fence):].strip().split(" ")[0].lstrip(".").lower()
        elif closes(fence, line):
            blocks.append(CodeBlock(rel, start, lang, tuple(body)))
            fence = None
        else:
            body.append(line)
    return blocks


def _search_terms(line: str, shown: str, number: int, current: dict | None, allowed: bool,
                  problems: list[Problem]) -> bool:
    """Read a search-terms line into ``current["search"]``; True when ``line`` is one (valid or
    not), so the caller skips it. ``allowed``: the line sits between a heading and its answer."""
    if not SEARCH_LIKE_RE.match(line):
        return False
    if current is None or not allowed:
        problems.append(Problem(shown, number, "search terms that are not right under a heading",
                                "move the line right under the heading it belongs to, before the answer"))
        return True
    m = SEARCH_RE.match(line)
    if not m:
        problems.append(Problem(shown, number, "malformed search-terms line",
                                SEARCH_HOW + " (at the start of the line, closed on the same line)"))
        return True
    terms = [t.strip() for t in m.group(1).split(";")]
    seen = {t.casefold() for t in current["search"]}
    for term in terms:
        if not term:
            problems.append(Problem(shown, number, f"empty search term for '{current['id']}'",
                                    "separate terms with single semicolons and leave none empty"))
        elif term.casefold() in seen:
            problems.append(Problem(shown, number, f"search term '{term}' is repeated for '{current['id']}'",
                                    "list each term once"))
        elif len(term) > 100:
            problems.append(Problem(shown, number, f"search term '{term[:40]}...' is longer than 100 characters",
                                    "use the words a reader types, not a sentence"))
        else:
            seen.add(term.casefold())
            current["search"].append(term)
    return True


def _parse_topic(rel: str, shown: str, lines: list[str], problems: list[Problem]) -> Topic:
    """Parse one topic page; ``rel`` is its path under docs/, ``shown`` the path used in messages."""
    meta, start = _front_matter(lines)
    slug = pathlib.PurePosixPath(rel).stem
    title = None
    level_index = -1
    level = None
    questions: list[dict] = []
    current = None          # the question whose answer we are looking for
    fence = None            # the fence that opened the current code block

    def finish(q, end):
        if q is None:
            return
        q["end"] = end
        if not q["answer"]:
            problems.append(Problem(shown, q["line"], f"question '{q['id'] or q['title']}' has no collapsible answer",
                                    'put a collapsed answer block right under the heading: ??? answer "Answer" '
                                    "(then the answer, indented by four spaces)"))
        elif not q["interviewer"]:
            problems.append(Problem(shown, q["line"], f"question '{q['id']}' has no interviewer notes",
                                    'add a block after the answer: ??? interviewer "For interviewers"'))
        elif not q["short"]:
            problems.append(Problem(shown, q["answer"], f"the answer to '{q['id']}' does not open with a short answer",
                                    "start the answer with a paragraph of two or three sentences, "
                                    "before any code, tabs or lists"))

    collecting_short = False
    for number, line in enumerate(lines[start:], start + 1):
        fm = FENCE_RE.match(line)
        if fence:
            if closes(fence, line):
                fence = None
            continue
        if fm:
            fence = fm.group(1)
            collecting_short = False
            continue

        if _search_terms(line, shown, number, current, current is not None and not current["answer"], problems):
            continue

        if current is not None and collecting_short:
            stripped = line.strip()
            if not stripped:
                if current["short_lines"]:
                    collecting_short = False
                continue
            if not line.startswith("    "):
                collecting_short = False
            elif not current["short_lines"] and (stripped.startswith(("===", "--8<--", "-", "*", "1.", "|", "!!!", "???", "<"))):
                collecting_short = False
            else:
                current["short_lines"].append(stripped)
                current["short"] = True
                continue

        heading = HEADING_RE.match(line)
        if heading:
            depth = len(heading.group(1))
            text, attrs = parse_attrs(heading.group(2))
            if depth == 1:
                if title is None:
                    title = text
                continue
            if depth == 2:
                finish(current, number - 1)
                current = None
                if text not in LEVELS:
                    problems.append(Problem(shown, number, f"unknown level '{text}'",
                                            "level sections on a topic page are '## Junior', '## Mid-level' "
                                            "and '## Senior', in that order"))
                    level = ""   # reported once here, not again for each question under it
                    continue
                index = list(LEVELS).index(text)
                if index <= level_index:
                    problems.append(Problem(shown, number, f"level section '{text}' is out of order or repeated",
                                            "keep one section per level, in the order Junior, Mid-level, Senior"))
                level_index = max(level_index, index)
                level = LEVELS[text]
                continue
            if depth == 3:
                finish(current, number - 1)
                qid = attrs.get("id")
                current = {"id": qid, "title": text, "line": number, "level": level, "answer": 0,
                           "interviewer": 0, "short": False, "short_lines": [], "search": [],
                           "aliases": tuple(attrs.get("data-aliases", "").split())}
                if level is None:
                    problems.append(Problem(shown, number, f"question '{text}' is outside a level section",
                                            "move it under '## Junior', '## Mid-level' or '## Senior'"))
                if not qid:
                    problems.append(Problem(shown, number, f"question '{text}' has no id",
                                            "give the heading a stable id: ### "
                                            f"{text} {{ #{slugify(text)} }} (ids never change once published)"))
                elif not ID_RE.match(qid):
                    problems.append(Problem(shown, number, f"question id '{qid}' is not lowercase-kebab-case",
                                            "use lowercase letters, digits and single hyphens, e.g. #url-for-basics"))
                for alias in current["aliases"]:
                    if not ID_RE.match(alias):
                        problems.append(Problem(shown, number, f"alias '{alias}' is not lowercase-kebab-case",
                                                "aliases are old ids: lowercase letters, digits and hyphens"))
                questions.append(current)
                continue
            continue

        block = BLOCK_RE.match(line)
        if block and current is not None:
            marker, kind = block.group(1), block.group(2)
            if kind == "answer":
                if marker != "???":
                    how = "open by default" if marker == "???+" else "not collapsible"
                    problems.append(Problem(shown, number, f"the answer to '{current['id']}' is {how} ({marker})",
                                            'answers are collapsed blocks: write ??? answer "Answer"'))
                current["answer"] = number
                collecting_short = True
            elif kind == "interviewer":
                if marker != "???":
                    problems.append(Problem(shown, number, f"the interviewer notes of '{current['id']}' are not collapsed",
                                            'write ??? interviewer "For interviewers"'))
                current["interviewer"] = number
            continue
    finish(current, len(lines))

    if not meta.get("description"):
        problems.append(Problem(shown, 1, "the page has no description",
                                "add front matter at the top: ---\\ndescription: One sentence.\\n---"))
    if title is None:
        problems.append(Problem(shown, 1, "the page has no title", "start the page with '# Topic title'"))

    records = tuple(
        Question(id=q["id"], title=q["title"], level=q["level"], topic=slug, page=rel, line=q["line"],
                 short_answer=" ".join(q["short_lines"]), aliases=q["aliases"], end=q["end"],
                 search_terms=tuple(q["search"]))
        for q in questions if q["id"] and q["level"]
    )
    return Topic(slug=slug, title=title or slug, page=rel, description=str(meta.get("description", "")),
                 questions=records)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", plain_text(text).lower()).strip("-")[:60].rstrip("-")


def _parse_guide(rel: str, shown: str, lines: list[str], problems: list[Problem]) -> Topic:
    """Parse a guide page: every heading with an id is a permanently linkable section, whose
    first paragraph is its summary (used for link previews)."""
    meta, start = _front_matter(lines)
    title = None
    sections: list[dict] = []
    current = None
    fence = None
    for number, line in enumerate(lines[start:], start + 1):
        if fence:
            if closes(fence, line):
                fence = None
            continue
        fm = FENCE_RE.match(line)
        if fm:
            fence = fm.group(1)
            if current is not None:
                current["open"] = False
            continue
        heading = HEADING_RE.match(line)
        if heading:
            text, attrs = parse_attrs(heading.group(2))
            if len(heading.group(1)) == 1 and title is None:
                title = text
                continue
            if current is not None:
                current["end"] = number - 1
                current["open"] = False
            if attrs.get("id"):
                qid = attrs["id"]
                if not ID_RE.match(qid):
                    problems.append(Problem(shown, number, f"section id '{qid}' is not lowercase-kebab-case",
                                            "use lowercase letters, digits and single hyphens"))
                current = {"id": qid, "title": text, "line": number, "short": [], "open": True, "end": len(lines),
                           "search": [],
                           "aliases": tuple(attrs.get("data-aliases", "").split())}
                sections.append(current)
            continue
        if _search_terms(line, shown, number, current, current is not None and current["open"]
                         and not current["short"], problems):
            continue
        if current is not None and current["open"]:
            stripped = line.strip()
            if not stripped:
                if current["short"]:
                    current["open"] = False
                continue
            if not current["short"] and stripped.startswith(("-", "*", "1.", "|", "!!!", "???", "<", "===")):
                current["open"] = False
                continue
            current["short"].append(stripped)
    if not meta.get("description"):
        problems.append(Problem(shown, 1, "the page has no description",
                                "add front matter at the top: ---\\ndescription: One sentence.\\n---"))
    for section in sections:
        if not section["short"]:
            problems.append(Problem(shown, section["line"], f"section '{section['id']}' does not open with a summary",
                                    "start the section with a paragraph of two or three sentences, before any "
                                    "list, table or code"))
    slug = pathlib.PurePosixPath(rel).stem
    records = tuple(Question(id=x["id"], title=x["title"], level="", topic=slug, page=rel, line=x["line"],
                             short_answer=" ".join(x["short"]), aliases=x["aliases"], end=x["end"],
                             search_terms=tuple(x["search"]))
                    for x in sections)
    return Topic(slug=slug, title=title or slug, page=rel, description=str(meta.get("description", "")),
                 questions=records)


def _check_ids(topics: Iterable[Topic], docs_prefix: str, problems: list[Problem]) -> None:
    seen: dict[str, tuple[str, int]] = {}
    for topic in topics:
        for q in topic.questions:
            for name in (q.id, *q.aliases):
                shown = f"{docs_prefix}{q.page}"
                if name in LEVELS.values():
                    problems.append(Problem(shown, q.line, f"id '{name}' is reserved for a level section",
                                            "choose a more specific id"))
                if name in seen:
                    where = "%s:%d" % seen[name]
                    problems.append(Problem(shown, q.line, f"duplicate id '{name}' (first used at {where})",
                                            "ids are global across the site: choose another id, or if this is a "
                                            "moved question, delete the old copy"))
                else:
                    seen[name] = (shown, q.line)


def read_published(path: pathlib.Path = PUBLISHED_IDS) -> list[tuple[int, str]]:
    """(line, id) for every id ever published; '#' starts a comment."""
    if not path.exists():
        return []
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        name = line.split("#", 1)[0].strip()
        if name:
            rows.append((number, name))
    return rows


def _check_published(handbook: Handbook, path: pathlib.Path, root: pathlib.Path,
                     problems: list[Problem]) -> None:
    known = handbook.by_id()
    rel = _rel(path, root)
    for number, name in read_published(path):
        if name not in known:
            problems.append(Problem(rel, number, f"id '{name}' was published and no question has it any more",
                                    "restore the question, or add the old id as an alias on the question that "
                                    f"replaces it: ### Title {{ #new-id data-aliases=\"{name}\" }}"))


def _check_snippets(snippets, root: pathlib.Path, problems: list[Problem]) -> None:
    for page, line, target in snippets:
        if not (root / target).is_file():
            problems.append(Problem(page, line, f"snippet file '{target}' does not exist",
                                    "create the file under examples/, or fix the path (paths are relative "
                                    "to the project root)"))


def _rel(path: pathlib.Path, root: pathlib.Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


_CACHE: dict[tuple, Handbook] = {}


def load(docs_dir: pathlib.Path | str = DOCS_DIR, root: pathlib.Path | str | None = None,
         published: pathlib.Path | str | None = None) -> Handbook:
    """Parse and validate every page under ``docs_dir``. Raises ContentError on any problem.

    ``root`` is where snippet paths start (the project root); ``published`` is the file of ids
    that were ever published. The result is cached until a file changes, so the hook, the
    macros and the tests share one parse per build.
    """
    docs_dir = pathlib.Path(docs_dir)
    root = pathlib.Path(root) if root else docs_dir.parent
    published = pathlib.Path(published) if published else root / "scripts" / "published-ids.txt"
    pages = sorted(docs_dir.rglob("*.md"))
    stamp = (str(docs_dir.resolve()), str(root), str(published),
             tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in pages),
             published.stat().st_mtime_ns if published.exists() else 0)
    if stamp in _CACHE:
        return _CACHE[stamp]

    problems: list[Problem] = []
    topics = []
    guides = []
    snippets = []
    blocks = []
    for path in pages:
        rel = path.relative_to(docs_dir).as_posix()
        lines = path.read_text(encoding="utf-8").splitlines()
        snippets.extend(scan_snippets(_rel(path, root), lines))
        blocks.extend(scan_code_blocks(_rel(path, root), lines))
        if rel.startswith(TOPICS_SUBDIR + "/"):
            topics.append(_parse_topic(rel, _rel(path, root), lines, problems))
        elif rel.startswith(GUIDES_SUBDIR + "/"):
            guides.append(_parse_guide(rel, _rel(path, root), lines, problems))
    handbook = Handbook(topics=tuple(topics), snippets=tuple(snippets), code_blocks=tuple(blocks),
                        guides=tuple(guides))
    docs_prefix = _rel(docs_dir, root) + "/" if docs_dir.resolve() != root.resolve() else ""
    _check_ids([*topics, *guides], docs_prefix, problems)
    _check_snippets(snippets, root, problems)
    _check_published(handbook, published, root, problems)
    if problems:
        raise ContentError(problems)
    _CACHE.clear()
    _CACHE[stamp] = handbook
    return handbook


def unrecorded_ids(handbook: Handbook, path: pathlib.Path = PUBLISHED_IDS) -> list[str]:
    """Ids and aliases on the site that the published-ids file does not list yet."""
    recorded = {name for _, name in read_published(path)}
    return [name for name in handbook.by_id() if name not in recorded]


def record(handbook: Handbook, path: pathlib.Path = PUBLISHED_IDS) -> list[str]:
    """Append new ids to the published-ids file; returns what was added."""
    new = unrecorded_ids(handbook, path)
    if new:
        with path.open("a", encoding="utf-8") as out:
            out.write("".join(f"{name}\n" for name in new))
    return new


def main(argv: list[str]) -> int:
    try:
        handbook = load()
    except ContentError as error:
        print(error.report(), file=sys.stderr)
        return 1
    if "--record" in argv:
        added = record(handbook)
        print(f"recorded {len(added)} new id(s) in {_rel(PUBLISHED_IDS, ROOT)}: {' '.join(added) or '-'}")
        return 0
    for q in handbook.questions:
        print(f"{q.level:10} {q.topic:14} {q.id:40} {q.plain_title}")
    for q in handbook.sections:
        print(f"{'guide':10} {q.topic:14} {q.id:40} {q.plain_title}")
    print(f"{len(handbook.questions)} questions in {len(handbook.topics)} topics, "
          f"{len(handbook.sections)} guide sections in {len(handbook.guides)} guides")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
