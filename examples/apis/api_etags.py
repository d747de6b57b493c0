"""ETags: 304 Not Modified for reads, If-Match and 412 for safe concurrent writes."""
from flask import Flask, abort, make_response, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, update
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Page(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(default=1)  # bumped on every write


def page_response(page):
    response = make_response({"id": page.id, "title": page.title})
    response.set_etag(f"v{page.version}")  # cheap: no need to hash the body
    response.cache_control.no_cache = True  # caches may store it but must revalidate
    return response


def create_app(database_uri="sqlite://"):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri
    db.init_app(app)
    with app.app_context():
        db.create_all()

    @app.get("/api/pages/<int:page_id>")
    def get_page(page_id):
        page = db.get_or_404(Page, page_id)
        # If-None-Match matches the ETag -> 304 with no body (GET and HEAD only)
        return page_response(page).make_conditional(request)

    @app.put("/api/pages/<int:page_id>")
    def put_page(page_id):
        page = db.get_or_404(Page, page_id)
        if not request.if_match:  # no precondition: the client may hold a stale copy
            abort(428)  # Precondition Required (RFC 6585)
        if not request.if_match.contains(f"v{page.version}"):  # strong comparison
            abort(412)  # someone else changed it since the client read it
        # Check and write in one statement, so a concurrent PUT cannot slip in between.
        result = db.session.execute(
            update(Page).where(Page.id == page_id, Page.version == page.version)
            .values(title=request.get_json()["title"], version=Page.version + 1))
        if result.rowcount != 1:
            db.session.rollback()
            abort(412)
        db.session.commit()
        db.session.refresh(page)
        return page_response(page)

    @app.put("/api/naive/pages/<int:page_id>")
    def put_page_naive(page_id):
        # Last write wins: a client editing a stale copy silently overwrites newer changes.
        page = db.get_or_404(Page, page_id)
        page.title = request.get_json()["title"]
        page.version += 1
        db.session.commit()
        return page_response(page)

    return app
