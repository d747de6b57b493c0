"""session.add() versus session.merge(), and a real upsert."""
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Setting(db.Model):
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(String(200), default="")


app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db.init_app(app)


def save_from_cache(cached: Setting) -> Setting:
    """Bring an object that belongs to no session (or another one) into this session."""
    merged = db.session.merge(cached)  # SELECT by primary key, then copy the state across
    db.session.commit()
    return merged  # keep using the returned instance, not `cached`


def upsert(key: str, value: str) -> None:
    """One atomic statement: INSERT ... ON CONFLICT (key) DO UPDATE (SQLite and PostgreSQL)."""
    stmt = sqlite_insert(Setting).values(key=key, value=value, note="")
    stmt = stmt.on_conflict_do_update(index_elements=[Setting.key], set_={"value": value})
    db.session.execute(stmt)
    db.session.commit()
