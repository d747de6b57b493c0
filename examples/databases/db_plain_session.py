"""Without Flask-SQLAlchemy: one engine per app, one Session per request, closed at teardown."""
from flask import Flask, current_app, g
from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(200))


def get_session() -> Session:
    if "db_session" not in g:  # opened lazily, at most once per app context
        g.db_session = current_app.extensions["session_factory"]()
    return g.db_session


def close_session(exc):
    session = g.pop("db_session", None)
    if session is not None:
        session.close()  # rolls back anything uncommitted, returns the connection to the pool


def create_app(database_uri):
    app = Flask(__name__)
    engine = create_engine(database_uri, pool_pre_ping=True)  # one engine (and pool) per app
    app.extensions["engine"] = engine
    app.extensions["session_factory"] = sessionmaker(engine)
    app.teardown_appcontext(close_session)
    Base.metadata.create_all(engine)

    @app.get("/notes")
    def notes():
        session = get_session()
        return {"notes": session.scalars(select(Note.text)).all(),
                "connections_in_use": engine.pool.checkedout()}

    return app
