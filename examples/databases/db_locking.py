"""Lost updates, and three ways to prevent them: row locks, atomic UPDATEs, version counters."""
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class OutOfStock(Exception):
    pass


class Stock(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(20), unique=True)
    quantity: Mapped[int]


class VersionedStock(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    quantity: Mapped[int]
    version: Mapped[int] = mapped_column(nullable=False)
    __mapper_args__ = {"version_id_col": version}  # UPDATE ... WHERE id = ? AND version = ?


def reserve_naive(session: Session, stock_id: int, n: int) -> None:
    stock = session.get(Stock, stock_id)  # plain SELECT: another request can read the same value
    if stock.quantity < n:
        raise OutOfStock(stock.sku)
    stock.quantity -= n  # written back as an absolute value, computed from a stale read
    session.commit()


def reserve_locked(session: Session, stock_id: int, n: int) -> None:
    # SELECT ... FOR UPDATE: other lockers (and writers) of this row wait until we commit
    stock = session.get(Stock, stock_id, with_for_update=True)
    if stock.quantity < n:
        raise OutOfStock(stock.sku)
    stock.quantity -= n
    session.commit()


def reserve_atomic(session: Session, stock_id: int, n: int) -> None:
    # One statement: the database computes quantity - n on the current row and checks the guard.
    result = session.execute(
        update(Stock)
        .where(Stock.id == stock_id, Stock.quantity >= n)
        .values(quantity=Stock.quantity - n)
    )
    if result.rowcount == 0:
        session.rollback()
        raise OutOfStock(stock_id)
    session.commit()
