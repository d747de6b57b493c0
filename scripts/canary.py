"""The canary's logic: which packages to install unpinned, what changed against the lock, and the
report. `scripts/canary` runs the canary and calls this module; it uses the standard library
only, so it runs with any Python 3.11+, before or without a virtual environment.

    python -m scripts.canary requirements          the top-level requirements, versions dropped
    python -m scripts.canary diff LOCK FREEZE      the version table: LOCK's pins -> FREEZE's versions
    python -m scripts.canary report ...            the Markdown summary (see --help)
"""
from __future__ import annotations

import argparse
import dataclasses
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
IN_FILES = (ROOT / "requirements" / "site.in", ROOT / "requirements" / "test.in")
LOCK = ROOT / "requirements" / "test.txt"

_NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?")
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*([^\s;\\#]+)")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def canonical(name: str) -> str:
    """A distribution name as the registry compares them (PEP 503): Flask_SQLAlchemy == flask-sqlalchemy."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _lines(text: str):
    """Requirement lines: comments, options (-r, -c, --hash) and blank lines dropped."""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().rstrip("\\").strip()
        if line and not line.startswith("-"):
            yield line


def top_level(texts: list[str]) -> list[str]:
    """The top-level requirements of .in files without their versions, extras kept
    (``pagefind[bin]``), in order, each once."""
    seen: dict[str, str] = {}
    for text in texts:
        for line in _lines(text):
            match = _NAME.match(line)
            if match and canonical(match[1]) not in seen:
                seen[canonical(match[1])] = match[1] + (match[2] or "")
    return list(seen.values())


def read_pins(text: str) -> dict[str, tuple[str, str]]:
    """``name==version`` lines of a lock (hashes and annotations allowed) or of `pip freeze`:
    {canonical name: (name as written, version)}."""
    pins = {}
    for line in _lines(text):
        match = _PIN.match(line)
        if match:
            pins[canonical(match[1])] = (match[1], match[2])
    return pins


def _version_key(version: str) -> tuple:
    """An ordering good enough for a report: numbers compare as numbers, and a pre-release
    (a, b, rc, dev) sorts before its release; post releases after."""
    key = []
    for part in re.findall(r"\d+|[a-z]+", version.lower()):
        if part.isdigit():
            key.append((1, int(part), ""))
        elif part == "post":
            key.append((2, 0, part))
        else:
            key.append((0, 0, part))
    return tuple(key) + ((1, 0, ""),)


@dataclasses.dataclass(frozen=True)
class Change:
    name: str
    old: str | None   # the lock's pin; None: not in the lock
    new: str | None   # the newest install's version; None: no longer installed
    top_level: bool

    @property
    def kind(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        if self.old == self.new:
            return "unchanged"
        return "upgraded" if _version_key(self.new) > _version_key(self.old) else "downgraded"

    @property
    def major(self) -> bool:
        """The first number of the version changed: where breaking changes are announced."""
        if self.kind not in ("upgraded", "downgraded"):
            return False
        return re.match(r"\d+", self.old or "")[0] != re.match(r"\d+", self.new or "")[0]


def diff(lock: dict[str, tuple[str, str]], installed: dict[str, tuple[str, str]],
         top: list[str] = ()) -> list[Change]:
    """Every package of the lock and of the new install, top-level ones first, then by name."""
    top_names = {canonical(_NAME.match(t)[1]): _NAME.match(t)[1] for t in top}
    changes = []
    for key in sorted(set(lock) | set(installed)):
        # Spelled as requirements/*.in spells it, else as installed (the locks are lower case).
        name = top_names.get(key) or (installed.get(key) or lock[key])[0]
        changes.append(Change(name, lock.get(key, (None, None))[1], installed.get(key, (None, None))[1],
                              key in top_names))
    return sorted(changes, key=lambda c: (not c.top_level, canonical(c.name)))


def table(changes: list[Change], everything: bool = False) -> str:
    """A Markdown table of what changed (or of every package): package, pin, newest, change."""
    rows = [c for c in changes if everything or c.kind != "unchanged"]
    if not rows:
        return "Every package is at its pinned version: nothing changed.\n"
    out = ["| Package | Pinned | Newest | Change |", "| --- | --- | --- | --- |"]
    for c in rows:
        name = f"**{c.name}**" if c.top_level else c.name
        kind = c.kind + (", major" if c.major else "")
        out.append(f"| {name} | {c.old or '-'} | {c.new or '-'} | {kind} |")
    return "\n".join(out) + "\n"


def counts(changes: list[Change]) -> str:
    kinds = [c.kind for c in changes]
    parts = [f"{kinds.count(k)} {k}" for k in ("upgraded", "downgraded", "added", "removed") if k in kinds]
    majors = sum(c.major for c in changes)
    return (", ".join(parts) or "nothing changed") + (f" ({majors} major)" if majors else "")


def failures(pytest_output: str) -> list[str]:
    """pytest's short summary lines for what broke (``FAILED tests/x.py::t - why``, ``ERROR ...``)."""
    return [line.strip() for line in _ANSI.sub("", pytest_output).splitlines()
            if re.match(r"^(FAILED|ERROR) ", line.strip())]


def tail(text: str, lines: int = 30) -> str:
    return "\n".join(_ANSI.sub("", text).rstrip().splitlines()[-lines:])


def report(changes: list[Change], build_rc: int, build_log: str,
           tests_rc: int | None, tests_log: str) -> str:
    """The job summary: what changed, then whether the strict build and the suite still pass,
    and what broke."""
    def verdict(rc):
        return "skipped" if rc is None else ("passed" if rc == 0 else f"**failed** (exit {rc})")

    out = ["# Canary: the newest release of every top-level dependency", "",
           f"Against `requirements/test.txt`: {counts(changes)}. Top-level packages are in bold.", "",
           table(changes),
           f"## `mkdocs build --strict`: {verdict(build_rc)}", ""]
    if build_rc:
        out += ["```text", tail(build_log), "```", ""]
    out += [f"## Test suite: {verdict(tests_rc)}", ""]
    broke = failures(tests_log)
    if broke:
        out += [f"{len(broke)} failed or errored:", ""] + [f"- `{line}`" for line in broke[:50]] + [""]
    elif tests_rc:
        out += ["```text", tail(tests_log), "```", ""]
    return "\n".join(out)


def successor_report(version: str, rc: int, log: str) -> str:
    """The successor job's summary: does the site build with it yet, and where does it stop."""
    clean = _ANSI.sub("", log)
    warnings = len(re.findall(r"^\s*Warning:", clean, re.M))
    errors = [line for line in clean.splitlines() if re.match(r"^\w*(Error|Exception)\b", line)]
    out = [f"# Successor build: Zensical {version or '(version unknown)'}", "",
           "Informational only: a failure here blocks nothing. See MAINTAINING.md.", "",
           f"Result: {'built' if rc == 0 else f'**did not build** (exit {rc})'}; "
           f"{warnings} warning(s)."]
    if errors:
        out += ["", "Stopped at:", "", "```text", *errors[-5:], "```"]
    out += ["", "<details><summary>Last lines of the output</summary>", "", "```text", tail(log, 40),
            "```", "", "</details>", ""]
    return "\n".join(out)


def _read(path: str | None) -> str:
    return pathlib.Path(path).read_text(encoding="utf-8", errors="replace") if path else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.canary", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("requirements", help="print the top-level requirements of requirements/*.in, unpinned")
    p = sub.add_parser("diff", help="print the version table: LOCK's pins against FREEZE's versions")
    p.add_argument("lock")
    p.add_argument("freeze")
    p.add_argument("--all", action="store_true", help="list unchanged packages too")
    p = sub.add_parser("report", help="print the Markdown summary of a canary run")
    p.add_argument("--lock", default=str(LOCK))
    p.add_argument("--freeze", required=True)
    p.add_argument("--build-rc", type=int, required=True)
    p.add_argument("--build-log")
    p.add_argument("--tests-rc", type=int)
    p.add_argument("--tests-log")
    p = sub.add_parser("successor", help="print the Markdown summary of a build with the successor")
    p.add_argument("--version", default="")
    p.add_argument("--rc", type=int, required=True)
    p.add_argument("--log")
    args = parser.parse_args(argv)

    top = top_level([path.read_text(encoding="utf-8") for path in IN_FILES])
    if args.command == "requirements":
        print("\n".join(top))
    elif args.command == "diff":
        changes = diff(read_pins(_read(args.lock)), read_pins(_read(args.freeze)), top)
        print(f"{counts(changes)}\n")
        print(table(changes, everything=args.all), end="")
    elif args.command == "report":
        changes = diff(read_pins(_read(args.lock)), read_pins(_read(args.freeze)), top)
        print(report(changes, args.build_rc, _read(args.build_log), args.tests_rc, _read(args.tests_log)))
    else:
        print(successor_report(args.version, args.rc, _read(args.log)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
