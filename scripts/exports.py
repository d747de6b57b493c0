"""Exports built with the site: ``questions.json`` and an Anki deck, both from the content model.

``questions.json`` follows ``docs/questions.schema.json``. Its ``schema_version`` changes only when
a field is removed, renamed or changes meaning; new fields may appear in the same version.

The Anki deck gives every note a GUID derived from the question's id, so importing a newer deck
updates the cards already in a collection instead of adding copies.
"""
from __future__ import annotations

import html
import os
import pathlib
import re
import tempfile

import markdown as _markdown

from scripts import content

SCHEMA_VERSION = 1
JSON_NAME = "questions.json"
SCHEMA_NAME = "questions.schema.json"
APKG_NAME = "flask-interview-handbook.apkg"

# Fixed, random ids: Anki tells decks and note types apart by them. Never change them.
ANKI_DECK_ID = 1_730_513_276_401
ANKI_MODEL_ID = 1_730_513_276_402
ANKI_GUID_NAMESPACE = "flask-interview-handbook"


def short_answer_html(q: content.Question) -> str:
    """The short answer as HTML (code spans and emphasis kept), without the wrapping <p>."""
    rendered = _markdown.markdown(q.short_answer).strip()
    return re.sub(r"^<p>(.*)</p>$", r"\1", rendered, flags=re.S)


def title_html(q: content.Question) -> str:
    return re.sub(r"^<p>(.*)</p>$", r"\1", _markdown.markdown(q.title).strip(), flags=re.S)


def questions_json(book: content.Handbook, site_url: str) -> dict:
    """The JSON export: one record per question, every URL absolute."""
    base = site_url.rstrip("/") + "/"
    titles = {t.slug: t.title for t in book.topics}
    return {
        "$schema": base + SCHEMA_NAME,
        "schema_version": SCHEMA_VERSION,
        "site": base,
        "count": len(book.questions),
        "questions": [
            {
                "id": q.id,
                "title": q.plain_title,
                "level": q.level,
                "topic": q.topic,
                "topic_title": titles[q.topic],
                "page_url": base + q.page_url,
                "answer_url": base + q.url,
                "permalink": q.permalink(base),
                "short_answer": content.plain_text(q.short_answer),
                "aliases": list(q.aliases),
            }
            for q in book.questions
        ],
    }


def anki_guid(question_id: str) -> str:
    import genanki
    return genanki.guid_for(ANKI_GUID_NAMESPACE, question_id)


def anki_package(book: content.Handbook, site_url: str) -> bytes:
    """The Anki deck as .apkg bytes: question on the front, short answer and a link on the back."""
    import genanki   # imported here: only the build needs it

    model = genanki.Model(
        ANKI_MODEL_ID, "Flask Interview Handbook question",
        fields=[{"name": "Id"}, {"name": "Question"}, {"name": "Answer"}, {"name": "Level"},
                {"name": "Topic"}, {"name": "Link"}],
        templates=[{
            "name": "Question to answer",
            "qfmt": '<div class="q">{{Question}}</div><div class="meta">{{Level}} · {{Topic}}</div>',
            "afmt": '{{FrontSide}}<hr id="answer"><div class="a">{{Answer}}</div>'
                    '<p><a href="{{Link}}">Read the full answer</a></p>',
        }],
        css=".card{font-family:sans-serif;font-size:18px;text-align:left;max-width:40em;margin:auto}"
            ".meta{color:#666;font-size:14px;margin-top:.5em}code{font-size:90%}",
        sort_field_index=1,
    )
    deck = genanki.Deck(ANKI_DECK_ID, "Flask Interview Handbook")
    titles = {t.slug: t.title for t in book.topics}
    for q in book.questions:
        link = q.permalink(site_url)
        deck.add_note(genanki.Note(
            model=model,
            fields=[q.id, title_html(q), short_answer_html(q), content.LEVEL_TITLES[q.level],
                    html.escape(titles[q.topic]), html.escape(link)],
            guid=anki_guid(q.id),
            tags=[f"level::{q.level}", f"topic::{q.topic}"],
        ))
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / APKG_NAME
        # Anki updates a note when the imported one is newer: stamp the build time, or
        # SOURCE_DATE_EPOCH when a reproducible build sets it.
        stamp = os.environ.get("SOURCE_DATE_EPOCH")
        genanki.Package(deck).write_to_file(path, timestamp=float(stamp) if stamp else None)
        return path.read_bytes()
