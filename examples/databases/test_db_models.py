import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from db_models import AuditEvent, Author, Post, Profile, Tag, create_app, db


@pytest.fixture
def app():
    app = create_app()
    with app.app_context():
        db.create_all()
        yield app
        db.drop_all()


def test_one_to_many_keeps_both_sides_in_sync(app):
    ada = Author(email="ada@example.com")
    post = Post(title="Engines", author=ada)  # setting one side...
    assert ada.posts == [post]  # ...updates the other before any flush
    db.session.add(ada)
    db.session.commit()
    assert db.session.get(Post, post.id).author.email == "ada@example.com"


def test_delete_orphan_cascade(app):
    ada = Author(email="ada@example.com", posts=[Post(title="A"), Post(title="B")])
    db.session.add(ada)
    db.session.commit()
    ada.posts.pop()  # removed from the collection: deleted on flush
    db.session.commit()
    assert db.session.scalars(select(Post.title)).all() == ["A"]


def test_many_to_many_through_the_association_table(app):
    flask, sql = Tag(name="flask"), Tag(name="sql")
    post = Post(title="ORMs", author=Author(email="ada@example.com"), tags=[flask, sql])
    db.session.add(post)
    db.session.commit()
    assert sorted(t.name for t in post.tags) == ["flask", "sql"]
    assert sql.posts == [post]


def test_one_to_one_is_a_scalar_and_unique(app):
    ada = Author(email="ada@example.com", profile=Profile(bio="math"))
    db.session.add(ada)
    db.session.commit()
    assert ada.profile.bio == "math"
    db.session.add(Profile(author_id=ada.id))  # a second profile for the same author
    with pytest.raises(IntegrityError, match="UNIQUE"):
        db.session.commit()
    db.session.rollback()


def test_write_only_collection_is_queried_not_loaded(app):
    ada = Author(email="ada@example.com")
    ada.audit_events.add_all([AuditEvent(action="login"), AuditEvent(action="logout")])
    db.session.add(ada)
    db.session.commit()
    with pytest.raises(TypeError):
        list(ada.audit_events)  # never loads the whole collection implicitly
    stmt = ada.audit_events.select().where(AuditEvent.action == "login")
    assert [e.action for e in db.session.scalars(stmt)] == ["login"]


def test_nullability_indexes_and_constraints_in_the_schema(app):
    columns = Post.__table__.c
    assert (columns.title.nullable, columns.subtitle.nullable) == (False, True)
    indexes = inspect(db.engine).get_indexes("post")
    assert [(i["column_names"], i["unique"]) for i in indexes] == [(["author_id"], False)]
    db.session.add(Post(title="", author=Author(email="ada@example.com")))
    with pytest.raises(IntegrityError, match="title_not_empty"):
        db.session.commit()
    db.session.rollback()
