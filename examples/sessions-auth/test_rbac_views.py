import pytest
from flask_login import FlaskLoginClient

from rbac_views import Post, Role, User, create_app, db


@pytest.fixture
def app():
    app = create_app()
    app.test_client_class = FlaskLoginClient  # test_client(user=...) logs that user in
    with app.app_context():
        roles = {name: Role(name=name) for name in ("author", "editor", "admin")}
        db.session.add_all([
            User(id=1, name="ann", roles=[roles["author"]]),
            User(id=2, name="bob", roles=[roles["author"]]),
            User(id=3, name="eve", roles=[roles["editor"]]),
            User(id=4, name="root", roles=[roles["admin"]]),
            User(id=5, name="guest", roles=[]),
            Post(id=1, author_id=1, title="Ann's draft"),
        ])
        db.session.commit()
    yield app
    with app.app_context():
        db.drop_all()
        db.engine.dispose()


def as_user(app, user_id):
    with app.app_context():
        return app.test_client(user=db.session.get(User, user_id))


def test_anonymous_requests_get_401_and_unauthorized_users_403(app):
    assert app.test_client().post("/posts/1/publish").status_code == 401
    assert as_user(app, 1).post("/posts/1/publish").status_code == 403  # author: no publish
    assert as_user(app, 3).post("/posts/1/publish").json == {"published": 1}  # editor


def test_authors_edit_their_own_posts(app):
    response = as_user(app, 1).post("/posts/1/edit", data={"title": "Ann's post"})
    assert response.json == {"title": "Ann's post"}


def test_another_author_cannot_edit_by_changing_the_id(app):
    response = as_user(app, 2).post("/posts/1/edit", data={"title": "defaced"})  # IDOR attempt
    assert response.status_code == 403
    with app.app_context():
        assert db.session.get(Post, 1).title == "Ann's draft"


def test_admins_edit_any_post_and_users_without_roles_nothing(app):
    assert as_user(app, 4).post("/posts/1/edit", data={"title": "fixed"}).status_code == 200
    assert as_user(app, 5).post("/posts/1/edit", data={"title": "x"}).status_code == 403
    assert as_user(app, 4).post("/posts/99/edit", data={"title": "x"}).status_code == 404


def test_the_blueprint_guard_covers_every_admin_view(app):
    assert app.test_client().get("/admin/users").status_code == 401
    assert as_user(app, 3).get("/admin/users").status_code == 403
    assert as_user(app, 4).get("/admin/users").json["users"][0] == "ann"


def test_a_decorator_above_the_route_protects_nothing(app):
    response = app.test_client().get("/unsafe/admin/stats")  # anonymous
    assert response.status_code == 200
    assert response.json == {"users": 5}
