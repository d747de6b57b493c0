"""SQL injection: SQL built from strings versus bound parameters (SQLAlchemy 2.x)."""
from flask import Flask, abort, request
from sqlalchemy import String, create_engine, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    api_key: Mapped[str] = mapped_column(String(40))


# Column names and sort directions cannot be bound parameters: map user choices to them.
SORT_OPTIONS = {"name": Customer.name, "newest": Customer.id.desc()}


def create_app(url="sqlite://"):
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    with Session(engine) as db:
        db.add_all([Customer(name="bob", api_key="k-bob"),
                    Customer(name="admin", api_key="sk-live-123"),
                    Customer(name="alice", api_key="k-alice")])
        db.commit()
    app = Flask(__name__)
    app.extensions["sec_sql_engine"] = engine

    def names(statement, params=None):
        with engine.connect() as conn:
            return {"names": conn.execute(statement, params).scalars().all()}

    @app.get("/unsafe/customers")
    def find_unsafe():
        name = request.args.get("name", "")
        # Anti-pattern: the input becomes part of the SQL text.
        return names(text(f"SELECT name FROM customers WHERE name = '{name}'"))

    @app.get("/unsafe/customers/sorted")
    def sorted_unsafe():
        sort = request.args.get("sort", "id")
        return names(text(f"SELECT name FROM customers ORDER BY {sort}"))  # anti-pattern

    @app.get("/customers")
    def find():
        name = request.args.get("name", "")
        return names(select(Customer.name).where(Customer.name == name))  # bound by the ORM

    @app.get("/customers/raw")
    def find_raw():
        sql = text("SELECT name FROM customers WHERE name = :name")  # hand-written, still bound
        return names(sql, {"name": request.args.get("name", "")})

    @app.get("/customers/sorted")
    def sorted_safe():
        order = SORT_OPTIONS.get(request.args.get("sort", "name"))
        if order is None:
            abort(400)
        return names(select(Customer.name).order_by(order))

    @app.get("/customers/search")
    def search():
        q = request.args.get("q", "")
        # autoescape=True makes % and _ in the input literal characters, not wildcards.
        return names(select(Customer.name).where(Customer.name.contains(q, autoescape=True)))

    return app
