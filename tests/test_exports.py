"""The exports built with the site: questions.json against its schema, and the Anki deck.
Both must agree with the content model, and every link in them must resolve in the built site."""
from __future__ import annotations

import io
import json
import re
import sqlite3
import zipfile

import jsonschema
import pytest

from scripts import content, exports
from tests.support import ROOT


def site_file(site, url: str):
    """The built file behind an absolute URL of the site, and the URL's fragment."""
    assert url.startswith(site.site_url), f"{url} is not under {site.site_url}"
    path, _, fragment = url[len(site.site_url):].partition("#")
    target = site.dir / path
    if path == "" or path.endswith("/"):
        target = target / "index.html"
    return target, fragment


def assert_resolves(site, url: str) -> None:
    target, fragment = site_file(site, url)
    assert target.is_file(), f"{url}: nothing built at {target}"
    if fragment:
        assert f'id="{fragment}"' in target.read_text(encoding="utf-8"), f"{url}: no element with that id"


@pytest.fixture(scope="module")
def exported(site):
    return json.loads((site.dir / exports.JSON_NAME).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema():
    return json.loads((ROOT / "docs" / exports.SCHEMA_NAME).read_text(encoding="utf-8"))


def test_questions_json_matches_its_schema(exported, schema, site):
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(exported), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    # The schema is published next to the file that points at it.
    assert (site.dir / exports.SCHEMA_NAME).read_bytes() == (ROOT / "docs" / exports.SCHEMA_NAME).read_bytes()
    assert exported["$schema"] == site.site_url + exports.SCHEMA_NAME
    assert exported["schema_version"] == exports.SCHEMA_VERSION


def test_schema_rejects_a_broken_record(exported, schema):
    """The schema has teeth: a record without a permalink, or with an unknown level, fails."""
    validator = jsonschema.Draft202012Validator(schema)
    broken = json.loads(json.dumps(exported))
    del broken["questions"][0]["permalink"]
    broken["questions"][1]["level"] = "expert"
    messages = [e.message for e in validator.iter_errors(broken)]
    assert any("'permalink' is a required property" in m for m in messages)
    assert any("'expert' is not one of" in m for m in messages)


def test_questions_json_agrees_with_the_content_model(exported, handbook, site):
    assert exported["count"] == len(handbook.questions) == len(exported["questions"])
    assert [r["id"] for r in exported["questions"]] == [q.id for q in handbook.questions]
    titles = {t.slug: t.title for t in handbook.topics}
    for record, q in zip(exported["questions"], handbook.questions):
        assert record == {
            "id": q.id, "title": q.plain_title, "level": q.level, "topic": q.topic,
            "topic_title": titles[q.topic],
            "page_url": site.site_url + q.page_url,
            "answer_url": site.site_url + q.url,
            "permalink": site.site_url + q.permalink_path,
            "short_answer": content.plain_text(q.short_answer),
            "aliases": list(q.aliases),
        }
        assert "`" not in record["short_answer"] and "](" not in record["short_answer"]


def test_every_link_in_questions_json_resolves(exported, site):
    for record in exported["questions"]:
        assert_resolves(site, record["page_url"])
        assert_resolves(site, record["answer_url"])
        assert_resolves(site, record["permalink"])
        # The permanent link forwards to the answer.
        target, _ = site_file(site, record["permalink"])
        answer_path = record["answer_url"][len(site.site_url):]
        assert f'url=../../{answer_path}"' in target.read_text(encoding="utf-8")


def read_deck(data: bytes) -> dict:
    """The notes, cards, note type and deck of an .apkg file, read with sqlite3."""
    with zipfile.ZipFile(io.BytesIO(data)) as apkg:
        db_bytes = apkg.read("collection.anki2")
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(db_bytes)
        notes = db.execute("SELECT guid, mid, flds, tags FROM notes ORDER BY id").fetchall()
        cards = db.execute("SELECT nid, did FROM cards").fetchall()
        models = json.loads(db.execute("SELECT models FROM col").fetchone()[0])
        decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    finally:
        db.close()
    return {"notes": notes, "cards": cards, "models": models, "decks": decks}


@pytest.fixture(scope="module")
def deck(site):
    return read_deck((site.dir / exports.APKG_NAME).read_bytes())


def test_anki_deck_has_one_card_per_question(deck, handbook):
    assert len(deck["notes"]) == len(handbook.questions)
    assert len(deck["cards"]) == len(handbook.questions)
    assert {did for _, did in deck["cards"]} == {exports.ANKI_DECK_ID}
    assert str(exports.ANKI_DECK_ID) in deck["decks"]
    assert str(exports.ANKI_MODEL_ID) in deck["models"]


def test_anki_cards_show_the_question_then_the_short_answer_and_a_link(deck, handbook, site):
    model = deck["models"][str(exports.ANKI_MODEL_ID)]
    names = [f["name"] for f in model["flds"]]
    template = model["tmpls"][0]
    assert "{{Question}}" in template["qfmt"] and "{{Answer}}" not in template["qfmt"]
    assert "{{Answer}}" in template["afmt"] and "{{Link}}" in template["afmt"]
    by_id = {q.id: q for q in handbook.questions}
    for guid, _, flds, tags in deck["notes"]:
        fields = dict(zip(names, flds.split("\x1f")))
        q = by_id[fields["Id"]]
        assert guid == exports.anki_guid(q.id)
        assert re.sub(r"<[^>]+>", "", fields["Question"]) == q.plain_title
        assert re.sub(r"<[^>]+>", "", fields["Answer"]) == re.sub(r"<[^>]+>", "", exports.short_answer_html(q))
        assert fields["Link"] == q.permalink(site.site_url)
        assert_resolves(site, fields["Link"])
        assert set(tags.split()) == {f"level::{q.level}", f"topic::{q.topic}"}


def test_anki_note_ids_are_stable_across_builds(deck, handbook, site):
    """A re-import updates cards: the GUIDs depend on question ids only, not on the build."""
    again = read_deck(exports.anki_package(handbook, site.site_url))
    assert [n[0] for n in again["notes"]] == [n[0] for n in deck["notes"]]
    assert len({n[0] for n in deck["notes"]}) == len(handbook.questions)
    # Reordering the questions does not change any question's GUID.
    reordered = content.Handbook(topics=tuple(reversed(handbook.topics)), snippets=())
    shuffled = read_deck(exports.anki_package(reordered, site.site_url))
    assert {n[0] for n in shuffled["notes"]} == {n[0] for n in deck["notes"]}


def test_home_and_exports_pages_link_to_both_exports(site):
    for page, prefix in (("index.html", ""), ("exports/index.html", "../")):
        text = site.html(page)
        assert f'href="{prefix}{exports.JSON_NAME}"' in text, page
        assert f'href="{prefix}{exports.APKG_NAME}"' in text, page
