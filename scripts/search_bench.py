"""Search benchmark: relevance and cost, measured in headless Chromium. Prints figures and checks
the budgets; it is not a test. Run it with `scripts/bench-search` (it sets up what it needs).

- Relevance: every query of scripts/search-queries.yaml is typed into the built site's search box;
  it prints hits at top 1 and top 5 per kind of query, and every miss with what came first.
  ``--engine material`` measures Material's own search plugin on the same Markdown instead (with a
  separator tuned for identifiers, and the search terms as hidden text in each question's
  section), the alternative this handbook's search was chosen against.
- Cost: bytes transferred (gzip, as GitHub Pages serves them) by a page load of the heaviest
  topic page, and then by the first search, at today's size and with the handbook at ``--scale``
  times its questions (copies of every topic page under new ids, generated here).
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts import content  # noqa: E402
from scripts.bench import check_budgets, heaviest_topic  # noqa: E402
from scripts.serving import build_env, chromium_path, copy_project, default_site_url, serve  # noqa: E402

QUERIES = ROOT / "scripts" / "search-queries.yaml"
BUDGETS = {"top-5 share": 0.95, "page load KB": 120, "first search KB": 150}
FIRST_QUERY = "url_for"
MATERIAL_SEPARATOR = r'[\s\-,:!=\[\]()"`/]+|\.(?!\d)|&[lg]t;|(?!\b)(?=[A-Z][a-z])'


def load_queries(path: pathlib.Path = QUERIES) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def build(project: pathlib.Path, site: pathlib.Path, strict: bool = True) -> None:
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "--site-dir", str(site)] + (["--strict"] if strict else [])
    proc = subprocess.run(cmd, cwd=project, env=build_env(), capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.exit(f"bench-search: build failed in {project}:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")


def material_project(dest: pathlib.Path) -> pathlib.Path:
    """The same Markdown with Material's search plugin instead of ours."""
    project = copy_project(dest)
    (project / "overrides" / "partials" / "header.html").unlink()
    (project / "overrides" / "partials" / "search.html").unlink()
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - assets/search.js", "")
    config = config.replace("plugins:\n", "plugins:\n  - search:\n      separator: '"
                            + MATERIAL_SEPARATOR.replace("'", "''") + "'\n", 1)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    # Give Material the search terms too: hidden text at the end of each question's section.
    for page in (project / "docs").rglob("*.md"):
        out, pending = [], []
        for line in page.read_text(encoding="utf-8").splitlines():
            m = content.SEARCH_RE.match(line)
            if m:
                pending.append(m.group(1).strip())
                continue
            if content.HEADING_RE.match(line) and pending:
                out += ["", f"<p hidden>{'; '.join(pending)}</p>", ""]
                pending = []
            out.append(line)
        if pending:
            out += ["", f"<p hidden>{'; '.join(pending)}</p>"]
        page.write_text("\n".join(out) + "\n", encoding="utf-8")
    hooks = project / "scripts" / "hooks.py"
    hooks.write_text(hooks.read_text(encoding="utf-8").replace(
        "    search_index.write(", "    (lambda *a: None)(", 1), encoding="utf-8")
    return project


def scaled_project(dest: pathlib.Path, factor: int) -> pathlib.Path:
    """The handbook with ``factor`` times its questions: copies of every topic page, ids suffixed."""
    project = copy_project(dest)
    topics = project / "docs" / "topics"
    nav = []
    for page in sorted(topics.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for n in range(2, factor + 1):
            copy = re.sub(r"\{ #([a-z0-9-]+)", lambda m: "{ #" + m.group(1) + f"-copy{n}", text)
            copy = re.sub(r'\s*data-aliases="[^"]*"', "", copy)
            copy = re.sub(r"^# (.+)$", lambda m: f"# {m.group(1)} (copy {n})", copy, count=1, flags=re.M)
            name = f"{page.stem}-copy{n}.md"
            (topics / name).write_text(copy, encoding="utf-8")
            nav.append(f"      - {page.stem} copy {n}: topics/{name}")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("      - Hands-on exercises: topics/exercises.md\n",
                            "      - Hands-on exercises: topics/exercises.md\n" + "\n".join(nav) + "\n", 1)
    config = config.replace("strict: true", "strict: false")
    for key in ("omitted_files", "absolute_links", "unrecognized_links", "anchors"):
        config = config.replace(f"  {key}: warn", f"  {key}: info")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    # The copies' ids are new: record them, as a contributor would.
    published = project / "scripts" / "published-ids.txt"
    book = content.load(project / "docs", project)
    published.write_text("".join(f"{name}\n" for name in book.by_id()), encoding="utf-8")
    return project


class Transfers:
    """Bytes on the wire (headers and encoded bodies) of every response a page receives."""

    def __init__(self, page):
        self.items: list[tuple[str, int]] = []
        page.on("requestfinished", self._done)

    def _done(self, request):
        sizes = request.sizes()
        self.items.append((request.url, sizes["responseBodySize"] + sizes["responseHeadersSize"]))

    def total(self, since: int = 0) -> int:
        return sum(n for _, n in self.items[since:])


def ours_results(page, query: str) -> list[str]:
    box = page.locator("input[name=q]")
    box.fill(query)
    page.wait_for_function("q => document.querySelector('#fih-search-results').dataset.query === q", arg=query,
                           timeout=20000)
    return page.eval_on_selector_all("#fih-search-results .md-search-result__link", "a => a.map(e => e.dataset.question)")


def material_results(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")               # Material reads the query on keyup
    page.wait_for_function("() => !/Initializing/.test(document.querySelector('.md-search-result__meta').textContent)")
    page.wait_for_timeout(400)     # Material searches on a debounce; let the list settle
    hrefs = page.eval_on_selector_all(".md-search-result__link", "a => a.map(e => e.getAttribute('href'))")
    ids = []
    for href in hrefs:
        anchor = href.partition("#")[2]
        if anchor and anchor not in ids:
            ids.append(anchor)
    return ids


def relevance(browser, url: str, book: content.Handbook, engine: str) -> dict:
    queries = load_queries()
    page = browser.new_page()
    page.goto(url + "topics/routing/")
    page.wait_for_load_state("networkidle")
    if engine == "material":
        page.locator("input.md-search__input").click()
    aliases = {alias: q.id for q in (*book.questions, *book.sections) for alias in (q.id, *q.aliases)}
    by_kind = collections.defaultdict(lambda: [0, 0, 0])
    misses = []
    for item in queries:
        got = [aliases.get(i, i) for i in (ours_results if engine == "ours" else material_results)(page, item["q"])]
        expect = set(item["expect"])
        top1, top5 = bool(got[:1]) and got[0] in expect, bool(expect & set(got[:5]))
        counts = by_kind[item["kind"]]
        counts[0] += 1
        counts[1] += top1
        counts[2] += top5
        if not top5:
            misses.append((item["q"], item["kind"], item["expect"], got[:3]))
    page.close()
    return {"by_kind": dict(by_kind), "misses": misses, "n": len(queries)}


def cost(browser, url: str, topic: str) -> dict:
    """Bytes of a page load, then of the first search, on a fresh page (empty cache)."""
    context = browser.new_context()
    page = context.new_page()
    transfers = Transfers(page)
    page.goto(url + topic)
    page.wait_for_load_state("networkidle")
    load = transfers.total()
    index_on_load = [u for u, _ in transfers.items if "/pagefind/" in u or "search_index" in u]
    before = len(transfers.items)
    ours_results(page, FIRST_QUERY)
    page.wait_for_load_state("networkidle")
    first = transfers.total(before)
    context.close()
    return {"load": load, "first": first, "index_on_load": index_on_load}


def measure_cost(browser, url: str, topic: str, runs: int) -> dict:
    samples = [cost(browser, url, topic) for _ in range(runs)]
    return {"load": statistics.median(s["load"] for s in samples),
            "first": statistics.median(s["first"] for s in samples),
            "index_on_load": sorted({u for s in samples for u in s["index_on_load"]})}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", choices=("ours", "material", "both"), default="both")
    parser.add_argument("--scale", type=int, default=5, help="size multiple for the cost budget (default 5)")
    parser.add_argument("--runs", type=int, default=3, help="page loads per cost figure (default 3)")
    parser.add_argument("--no-relevance", action="store_true", help="measure the cost only")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    base_path = "/" + default_site_url().split("/", 3)[3]
    book = content.load()
    print(f"Search benchmark: {len(book.questions)} questions, {len(book.sections)} guide sections, "
          f"{len(load_queries())} queries ({QUERIES.relative_to(ROOT)})")
    with tempfile.TemporaryDirectory() as tmp_name, sync_playwright() as pw:
        tmp = pathlib.Path(tmp_name)
        browser = pw.chromium.launch(executable_path=chromium_path())
        engines = ("ours", "material") if args.engine == "both" else (args.engine,)
        scores = {}
        for engine in engines:
            site = tmp / f"site-{engine}"
            project = ROOT if engine == "ours" else material_project(tmp / "material-project")
            build(project, site)
            with serve(site, base_path, gzip=True) as url:
                if not args.no_relevance:
                    scores[engine] = relevance(browser, url, book, engine)
                if engine == "ours":
                    topic = heaviest_topic(site, book)
                    today = measure_cost(browser, url, topic, args.runs)
        for engine, r in scores.items():
            top1 = sum(c[1] for c in r["by_kind"].values())
            top5 = sum(c[2] for c in r["by_kind"].values())
            print(f"\n{engine}: top 1 {top1}/{r['n']} ({top1 / r['n']:.0%}), top 5 {top5}/{r['n']} ({top5 / r['n']:.0%})")
            for kind, (n, k1, k5) in sorted(r["by_kind"].items()):
                print(f"  {kind:12} {n:3} queries: top 1 {k1:3}, top 5 {k5:3}")
            for q, kind, expect, got in r["misses"]:
                print(f"  miss [{kind}] {q!r}: expected {', '.join(expect)}; got {', '.join(got) or 'nothing'}")
            scores[engine]["top5"] = top5 / r["n"]

        scaled = {}
        if "ours" in engines and args.scale > 1:
            project = scaled_project(tmp / "scaled-project", args.scale)
            site = tmp / "site-scaled"
            build(project, site, strict=False)
            scaled_book = content.load(project / "docs", project)
            with serve(site, base_path, gzip=True) as url:
                scaled = measure_cost(browser, url, heaviest_topic(site, scaled_book), args.runs)
            scaled["questions"] = len(scaled_book.questions)
        browser.close()

    checks = []
    if "ours" in engines:
        print(f"\ncost, gzip, median of {args.runs} fresh loads of /{topic} (first search: {FIRST_QUERY!r}):")
        print(f"  today ({len(book.questions)} questions): page load {today['load'] / 1024:.1f} KB, "
              f"first search {today['first'] / 1024:.1f} KB more; index files on page load: {len(today['index_on_load'])}")
        if "ours" in scores:
            checks.append(("top-5 share, ours", round(scores["ours"]["top5"], 3), BUDGETS["top-5 share"], ">="))
        checks += [("page load KB, today", round(today["load"] / 1024, 1), BUDGETS["page load KB"], "<="),
                   ("first search KB, today", round(today["first"] / 1024, 1), BUDGETS["first search KB"], "<="),
                   ("index files on page load, today", len(today["index_on_load"]), 0, "<=")]
        if scaled:
            print(f"  x{args.scale} ({scaled['questions']} questions): page load {scaled['load'] / 1024:.1f} KB, "
                  f"first search {scaled['first'] / 1024:.1f} KB more; index files on page load: "
                  f"{len(scaled['index_on_load'])}")
            checks += [(f"page load KB, x{args.scale}", round(scaled["load"] / 1024, 1), BUDGETS["page load KB"], "<="),
                       (f"first search KB, x{args.scale}", round(scaled["first"] / 1024, 1),
                        BUDGETS["first search KB"], "<=")]
    return check_budgets(checks)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
