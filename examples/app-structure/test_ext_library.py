import pytest

from ext_library import Author, create_app, db


@pytest.fixture()
def app():
    return create_app()


def test_crud_with_2x_style_queries(app):
    client = app.test_client()
    for name in ["Le Guin", "Borges", "Calvino"]:
        assert client.post("/authors", json={"name": name}).status_code == 201
    assert client.get("/authors").json == {"names": ["Borges", "Calvino"], "pages": 2}
    assert client.get("/authors/1").json == {"name": "Le Guin"}
    assert client.get("/authors/99").status_code == 404


def test_legacy_query_attribute_still_works(app):
    with app.app_context():
        db.session.add(Author(name="Ende"))
        db.session.commit()
        assert [a.name for a in Author.query.all()] == ["Ende"]  # legacy API, old tutorials
        assert db.session.scalars(db.select(Author)).one().name == "Ende"  # preferred


def test_the_extension_registers_itself_on_the_app(app):
    assert app.extensions["sqlalchemy"] is db
    with pytest.raises(RuntimeError, match="already been registered"):
        db.init_app(app)


def test_one_session_per_app_context(app):
    with app.app_context():
        first = db.session()
        assert db.session() is first  # same session throughout one context
    with app.app_context():
        assert db.session() is not first  # removed at teardown, a new one here


def test_no_app_context_no_session():
    with pytest.raises(RuntimeError, match="outside of application context"):
        db.session()
