"""Typed models and relationships: one-to-many, many-to-many, one-to-one, large collections."""
from datetime import datetime
from typing import Optional

from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, func
from sqlalchemy.orm import (DeclarativeBase, Mapped, WriteOnlyMapped, mapped_column,
                            relationship)


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)

# Many-to-many: a plain association table, no model class needed.
post_tag = Table(
    "post_tag", db.metadata,
    Column("post_id", ForeignKey("post.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
)


class Author(db.Model):
    __tablename__ = "author"  # explicit: renaming the class won't silently change the table
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(120), unique=True)  # NOT NULL: not Optional
    # One-to-many: the list side; back_populates names the attribute on the other side.
    posts: Mapped[list["Post"]] = relationship(back_populates="author",
                                               cascade="all, delete-orphan")
    # One-to-one: a scalar annotation means uselist=False.
    profile: Mapped[Optional["Profile"]] = relationship(back_populates="author")
    # A collection too large to load: write-only, queried explicitly (replaces lazy="dynamic").
    audit_events: WriteOnlyMapped["AuditEvent"] = relationship()


class Post(db.Model):
    __tablename__ = "post"
    __table_args__ = (CheckConstraint("length(title) > 0", name="title_not_empty"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    subtitle: Mapped[Optional[str]] = mapped_column(String(200))  # Optional: NULL allowed
    created: Mapped[datetime] = mapped_column(server_default=func.now())
    # The foreign key lives on the "many" side; index it, databases don't always do it for you.
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"), index=True)
    author: Mapped[Author] = relationship(back_populates="posts")
    tags: Mapped[list["Tag"]] = relationship(secondary=post_tag, back_populates="posts")


class Tag(db.Model):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    posts: Mapped[list[Post]] = relationship(secondary=post_tag, back_populates="tags")


class Profile(db.Model):
    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"), unique=True)  # one per author
    bio: Mapped[str] = mapped_column(default="")
    author: Mapped[Author] = relationship(back_populates="profile")


class AuditEvent(db.Model):
    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    db.init_app(app)
    return app
