import pytest
from sqlalchemy.exc import LegacyAPIWarning
from sqlalchemy.orm import Query

from db_legacy_models import Post, User, create_app, db


@pytest.fixture
def app():
    app = create_app()
    with app.app_context():
        db.create_all()
        yield app
        db.drop_all()


def test_old_style_models_still_work(app):
    ada = User(name="ada")
    db.session.add_all([ada, Post(title="Engines", author=ada), Post(title="Notes", author=ada)])
    db.session.commit()
    assert isinstance(ada.posts, Query)  # lazy="dynamic": a legacy Query, not a list
    assert [p.title for p in ada.posts.filter_by(title="Notes")] == ["Notes"]
    assert db.session.get(Post, 1).author is ada  # the attribute made by backref


def test_model_query_is_the_legacy_query_api(app):
    db.session.add(User(name="ada"))
    db.session.commit()
    assert User.query.filter_by(name="ada").first().id == 1  # legacy, silent
    with pytest.warns(LegacyAPIWarning):
        User.query.get(1)  # legacy and warned since SQLAlchemy 2.0
