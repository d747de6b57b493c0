"""Code on the site is real, included and tested: the rules of CONTRIBUTING.md, enforced."""
from __future__ import annotations

import collections

from tests.support import ROOT

EXAMPLES = ROOT / "examples"
# Languages a page may show inline: shell sessions and plain text. Everything else is a file.
INLINE_OK = {"console", "text"}


def example_files():
    return [p for p in EXAMPLES.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]


def test_every_example_file_is_shown_on_a_page(handbook):
    included = {target for _, _, target in handbook.snippets}
    unused = [p.relative_to(ROOT).as_posix() for p in example_files()
              if p.relative_to(ROOT).as_posix() not in included]
    assert not unused, f"files under examples/ that no page includes: {unused}"


def test_pages_show_no_inline_code(handbook):
    inline = [f"{b.page}:{b.line} ({b.lang or 'no language'})" for b in handbook.code_blocks
              if b.lang not in INLINE_OK and not b.includes_only]
    assert not inline, ("code blocks that are not included from examples/ (tests cannot run them): "
                        f"{inline}")


def test_included_files_live_under_examples(handbook):
    outside = [f"{page}:{line} {target}" for page, line, target in handbook.snippets
               if not target.startswith("examples/")]
    assert not outside


def test_example_file_names_are_unique():
    """Tests import examples by module name, so two files may not share one."""
    names = collections.Counter(p.name for p in example_files() if p.suffix == ".py")
    assert not [n for n, c in names.items() if c > 1]
    assert not [p for p in example_files() if p.name in ("conftest.py", "__init__.py")]


def test_every_example_module_has_a_test():
    modules = [p for p in example_files() if p.suffix == ".py" and not p.name.startswith("test_")]
    tests = {p.name for p in example_files() if p.name.startswith("test_")}
    untested = [p.relative_to(ROOT).as_posix() for p in modules if f"test_{p.name}" not in tests]
    assert not untested, f"example modules without a test_<name>.py beside them: {untested}"
