import contextlib

import pytest
from sqlalchemy import event

from db_eager_loading import Author, Book, create_app, db


@pytest.fixture
def app():
    app = create_app()
    with app.app_context():
        db.create_all()
        db.session.add_all(Author(name=f"author {n}", books=[Book(title=f"book {n}.{i}")
                                                              for i in range(2)])
                           for n in range(5))
        db.session.commit()
        engine = db.engine
    yield app  # outside the context: each request then gets a fresh one (and a fresh g)
    engine.dispose()


@pytest.fixture
def engine(app):
    with app.app_context():
        return db.engine


@contextlib.contextmanager
def count_queries(engine):
    """Count SQL statements sent to the database inside the block."""
    statements = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.mark.parametrize(("load", "queries"), [("lazy", 6), ("selectin", 2), ("joined", 1)])
def test_queries_per_loading_strategy(app, engine, load, queries):
    with count_queries(engine) as statements:
        response = app.test_client().get(f"/authors?load={load}")
    assert len(statements) == queries  # lazy: 1 for the authors + 1 per author (N+1)
    assert response.headers["X-Query-Count"] == str(queries)
    assert response.json[4] == {"name": "author 4", "books": ["book 4.0", "book 4.1"]}


def test_joinedload_uses_a_join_and_selectin_uses_in(app, engine):
    with count_queries(engine) as statements:
        app.test_client().get("/authors?load=joined")
        app.test_client().get("/authors?load=selectin")
    assert "LEFT OUTER JOIN book" in statements[0]
    assert "WHERE book.author_id IN" in statements[2]


def test_raiseload_turns_a_hidden_lazy_load_into_an_error(app):
    app.config["PROPAGATE_EXCEPTIONS"] = True
    with pytest.raises(Exception, match="'Book.author' is not available due to lazy='raise'"):
        app.test_client().get("/books")
    assert len(app.test_client().get("/authors?load=strict").json) == 5


def test_recording_is_off_unless_enabled():
    app = create_app(record_queries=False)
    with app.app_context():
        db.create_all()
        engine = db.engine
    assert app.test_client().get("/authors?load=lazy").headers["X-Query-Count"] == "0"
    engine.dispose()


def test_joinedload_of_a_collection_requires_unique(app):
    from sqlalchemy import select
    from sqlalchemy.exc import InvalidRequestError
    from sqlalchemy.orm import joinedload

    with app.app_context():
        stmt = select(Author).options(joinedload(Author.books))
        with pytest.raises(InvalidRequestError, match="unique"):
            db.session.scalars(stmt).all()  # one row per book: parents would repeat
        assert len(db.session.scalars(stmt).unique().all()) == 5
