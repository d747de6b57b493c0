import pytest
from sqlalchemy import event, inspect, select
from sqlalchemy.exc import IntegrityError, InvalidRequestError

from db_merge import Setting, app, db, save_from_cache, upsert


@pytest.fixture(autouse=True)
def tables():
    with app.app_context():
        db.create_all()
        db.session.add(Setting(key="theme", value="light", note="UI"))
        db.session.commit()
    yield
    with app.app_context():
        db.drop_all()


def load_detached(key):
    with app.app_context():  # another session, removed when this context ends
        return db.session.get(Setting, key)


def test_add_inserts_a_new_object():
    with app.app_context():
        db.session.add(Setting(key="lang", value="en"))
        db.session.commit()
        assert db.session.get(Setting, "lang").value == "en"


def test_add_of_an_existing_key_is_an_insert_that_fails():
    with app.app_context():
        db.session.add(Setting(key="theme", value="dark"))  # add() never looks the row up
        with pytest.raises(IntegrityError, match="UNIQUE"):
            db.session.commit()
        db.session.rollback()


def test_add_refuses_an_object_attached_to_another_live_session():
    with app.app_context():
        theme = db.session.get(Setting, "theme")
        with app.app_context():  # a second session while the first is still open
            with pytest.raises(InvalidRequestError, match="already attached to session"):
                db.session.add(theme)


def test_merge_copies_state_onto_the_sessions_own_instance():
    cached = load_detached("theme")
    cached.value = "dark"  # changed while detached
    with app.app_context():
        merged = save_from_cache(cached)
        assert merged is not cached  # a different object...
        assert inspect(cached).detached  # ...and the original stays outside the session
        assert db.session.get(Setting, "theme").value == "dark"


def test_merge_selects_then_inserts_or_updates_and_skips_unset_attributes():
    statements = []

    def record(conn, cursor, sql, *args):
        statements.append(sql.split()[0])

    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", record)
        try:
            save_from_cache(Setting(key="lang", value="en"))
            assert statements == ["SELECT", "INSERT"]  # look-up first: not one atomic step
            save_from_cache(Setting(key="theme", value="blue"))  # note never set here...
            assert statements[2:] == ["SELECT", "UPDATE"]
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
        assert db.session.get(Setting, "theme").note == "UI"  # ...so merge left it alone


def test_upsert_is_one_statement():
    with app.app_context():
        upsert("theme", "dark")
        upsert("lang", "fr")
        rows = db.session.execute(select(Setting.key, Setting.value).order_by(Setting.key)).all()
        assert rows == [("lang", "fr"), ("theme", "dark")]
