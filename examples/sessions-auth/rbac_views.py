"""Authorization: roles stored per user, permissions checked by a decorator, object ownership."""
from functools import wraps

from flask import Blueprint, Flask, abort, request
from flask_login import LoginManager, UserMixin, current_user
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import Column, ForeignKey, String, Table, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
login_manager = LoginManager()  # no login_view: anonymous users get a 401

# Which role may do what. In code, reviewed like code; a table works too if admins edit it.
ROLE_PERMISSIONS = {
    "author": {"posts:edit_own"},
    "editor": {"posts:edit_own", "posts:publish"},
    "admin": {"posts:edit_own", "posts:edit_any", "posts:publish", "users:manage"},
}

user_roles = Table(
    "user_roles", Base.metadata,
    Column("user_id", ForeignKey("user.id"), primary_key=True),
    Column("role_id", ForeignKey("role.id"), primary_key=True),
)


class Role(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)


class User(UserMixin, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    roles: Mapped[list[Role]] = relationship(secondary=user_roles)

    def can(self, permission):
        return any(permission in ROLE_PERMISSIONS.get(role.name, ()) for role in self.roles)


class Post(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    title: Mapped[str] = mapped_column(String(200))
    published: Mapped[bool] = mapped_column(default=False)


@login_manager.user_loader
def load_user(user_id):
    return db.session.get(User, int(user_id))


def permission_required(permission):
    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()  # 401 (or a redirect with login_view)
            if not current_user.can(permission):
                abort(403)  # known user, not allowed
            return view(*args, **kwargs)
        return wrapped
    return decorator


admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.before_request  # one check for every view of the blueprint, including future ones
@permission_required("users:manage")
def admin_only():
    return None


@admin.get("/users")
def list_users():
    return {"users": [u.name for u in db.session.scalars(select(User).order_by(User.id))]}


def create_app():
    app = Flask(__name__)
    app.config.update(SECRET_KEY="dev-only", SQLALCHEMY_DATABASE_URI="sqlite://")
    db.init_app(app)
    login_manager.init_app(app)
    app.register_blueprint(admin)
    with app.app_context():
        db.create_all()

    @app.post("/posts/<int:post_id>/publish")
    @permission_required("posts:publish")  # below @app.post: the route gets the wrapped view
    def publish(post_id):
        db.get_or_404(Post, post_id).published = True
        db.session.commit()
        return {"published": post_id}

    @app.post("/posts/<int:post_id>/edit")
    @permission_required("posts:edit_own")
    def edit(post_id):
        post = db.get_or_404(Post, post_id)
        if post.author_id != current_user.id and not current_user.can("posts:edit_any"):
            abort(403)  # the role allows editing, but not this object
        post.title = request.form["title"]
        db.session.commit()
        return {"title": post.title}

    @permission_required("users:manage")  # Insecure: above the route decorator, so
    @app.get("/unsafe/admin/stats")  # the route registered the unwrapped function
    def stats_unsafe():
        return {"users": db.session.scalar(select(func.count()).select_from(User))}

    return app
