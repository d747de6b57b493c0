"""mkdocs-macros module: generated lists and counts, all from scripts/content.py.

Macros render only on pages that opt in with ``render_macros: true`` in their front matter,
so Flask and Jinja code in answers is never touched.
"""
from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts import content  # noqa: E402


def _topic_order(nav) -> list[str]:
    """Topic page paths in the order the nav lists them."""
    order = []

    def walk(items):
        for item in items or []:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            elif isinstance(value, str) and value.startswith(content.TOPICS_SUBDIR + "/"):
                order.append(value)
    walk(nav)
    return order


def define_env(env):
    def book():
        return content.load(env.conf["docs_dir"], pathlib.Path(env.conf.config_file_path).parent)

    def topics():
        order = _topic_order(env.conf["nav"])
        return sorted(book().topics, key=lambda t: order.index(t.page) if t.page in order else len(order))

    def up() -> str:
        """The relative prefix from the page being rendered back to docs/."""
        return "../" * env.page.file.src_uri.count("/")

    @env.macro
    def question_count(level: str | None = None, topic: str | None = None) -> int:
        """How many questions there are, optionally for one level and/or one topic."""
        return sum(1 for q in book().questions
                   if (level is None or q.level == level) and (topic is None or q.topic == topic))

    @env.macro
    def level_track(level: str) -> str:
        """Every question of one level, grouped by topic, each linking to its answer."""
        if level not in content.LEVEL_TITLES:
            raise ValueError(f"level_track: unknown level {level!r}; use one of {list(content.LEVEL_TITLES)}")
        parts = []
        for topic in topics():
            items = [q for q in topic.questions if q.level == level]
            if not items:
                continue
            parts.append(f"## {topic.title}\n\n"
                         f"[All {topic.title} questions]({up()}{topic.page})\n\n"
                         + "\n".join(f"1. [{q.title}]({up()}{q.page}#{q.anchor})" for q in items) + "\n")
        return "\n".join(parts)

    @env.macro
    def counts_table() -> str:
        """Questions per topic and level, with totals, as a Markdown table with links."""
        levels = list(content.LEVEL_TITLES)
        head = ("| Topic | " + " | ".join(f"[{content.LEVEL_TITLES[lv]}]({up()}levels/{lv}.md)" for lv in levels)
                + " | Total |\n|---|" + "---:|" * (len(levels) + 1))
        rows = [f"| [{t.title}]({up()}{t.page}) | "
                + " | ".join(str(sum(q.level == lv for q in t.questions)) for lv in levels)
                + f" | {len(t.questions)} |" for t in topics()]
        total = ("| **All topics** | " + " | ".join(f"**{question_count(level=lv)}**" for lv in levels)
                 + f" | **{question_count()}** |")
        return "\n".join([head, *rows, total])
