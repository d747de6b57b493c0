import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DataError, IntegrityError

from db_dialects import Player, Team, create_app, db, enforce_sqlite_foreign_keys


@pytest.fixture
def sqlite_app(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'test.db'}")
    with app.app_context():
        db.create_all()
        yield app
        db.engine.dispose()


@pytest.fixture
def postgres_app(postgres_url):
    app = create_app(postgres_url)
    with app.app_context():
        db.create_all()
        yield app
        db.session.remove()
        db.engine.dispose()


def test_sqlite_ignores_varchar_length(sqlite_app):
    db.session.add(Team(name="Borussia Mönchengladbach"))  # 24 characters into VARCHAR(10)
    db.session.commit()
    assert db.session.scalar(select(func.length(Team.name))) == 24


def test_postgresql_enforces_varchar_length(postgres_app):
    db.session.add(Team(name="Borussia Mönchengladbach"))
    with pytest.raises(DataError, match=r"value too long for type character varying\(10\)"):
        db.session.commit()
    db.session.rollback()


def test_sqlite_ignores_foreign_keys_by_default(sqlite_app):
    db.session.add(Player(name="ghost", team_id=42))  # no team 42
    db.session.commit()
    assert db.session.get(Player, 1).team_id == 42


def test_sqlite_foreign_keys_when_enabled(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'fk.db'}")
    with app.app_context():
        enforce_sqlite_foreign_keys(db.engine)
        db.create_all()
        db.session.add(Player(name="ghost", team_id=42))
        with pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"):
            db.session.commit()
        db.session.rollback()
        db.engine.dispose()


def test_postgresql_enforces_foreign_keys(postgres_app):
    db.session.add(Player(name="ghost", team_id=42))
    with pytest.raises(IntegrityError, match="violates foreign key constraint"):
        db.session.commit()
    db.session.rollback()


@pytest.mark.parametrize(("database", "matches"), [("sqlite_app", 1), ("postgres_app", 0)])
def test_like_is_case_insensitive_only_in_sqlite(request, database, matches):
    request.getfixturevalue(database)
    db.session.add(Team(name="Arsenal"))
    db.session.commit()
    assert len(db.session.scalars(select(Team).where(Team.name.like("arsenal"))).all()) == matches
    assert len(db.session.scalars(select(Team).where(Team.name.ilike("arsenal"))).all()) == 1


def test_postgresql_does_not_index_foreign_keys_for_you(postgres_app):
    from sqlalchemy import inspect

    assert inspect(db.engine).get_indexes("player") == []  # add index=True yourself
