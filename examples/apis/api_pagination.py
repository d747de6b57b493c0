"""Paginating a JSON list: page numbers with links, and keyset (cursor) pagination."""
from flask import Flask, abort, request, url_for
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
MAX_PER_PAGE = 100


class Post(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))


def link_header(links):
    return ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items())


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    db.init_app(app)
    with app.app_context():
        db.create_all()

    @app.get("/api/posts")
    def list_posts():
        page = request.args.get("page", 1, type=int)
        per_page = request.args.get("per_page", 20, type=int)
        if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
            abort(400, f"page >= 1 and 1 <= per_page <= {MAX_PER_PAGE}")
        result = db.paginate(select(Post).order_by(Post.id.desc()),  # a stable order
                             page=page, per_page=per_page, error_out=False)
        links = {}
        if result.has_next:
            links["next"] = url_for("list_posts", page=result.next_num, per_page=per_page,
                                    _external=True)
        if result.has_prev:
            links["prev"] = url_for("list_posts", page=result.prev_num, per_page=per_page,
                                    _external=True)
        body = {"items": [{"id": p.id, "title": p.title} for p in result.items],
                "page": result.page, "per_page": result.per_page, "total": result.total,
                "links": links}
        return body, 200, {"Link": link_header(links)} if links else {}

    @app.get("/api/feed")
    def feed():
        """Keyset pagination: "give me the posts older than the last one I saw"."""
        limit = min(max(request.args.get("limit", 20, type=int), 1), MAX_PER_PAGE)
        query = select(Post).order_by(Post.id.desc()).limit(limit + 1)  # one extra: more?
        before = request.args.get("before", type=int)
        if before is not None:
            query = query.where(Post.id < before)
        posts = db.session.scalars(query).all()
        has_more = len(posts) > limit
        posts = posts[:limit]
        body = {"items": [{"id": p.id, "title": p.title} for p in posts], "next": None}
        if has_more:
            body["next"] = url_for("feed", before=posts[-1].id, limit=limit, _external=True)
        return body

    @app.get("/api/posts-unbounded")
    def unbounded():
        # Insecure default: db.paginate() reads ?page and ?per_page itself, and its
        # max_per_page is None, so ?per_page=1000000 returns the whole table.
        result = db.paginate(select(Post).order_by(Post.id))
        return {"count": len(result.items)}

    return app
