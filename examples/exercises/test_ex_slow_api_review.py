import pytest
from sqlalchemy import event

from ex_slow_api_review import Order, create_app, db


@pytest.fixture
def app():
    app = create_app()
    with app.app_context():
        db.create_all()
        db.session.add_all(Order(customer_id=n % 100, total=1000) for n in range(2000))
        db.session.commit()
        yield app
        db.drop_all()


def test_answer_is_right_but_every_row_is_loaded(app):
    rows = []
    listener = lambda conn, cursor, *rest: rows.append(cursor.rowcount)  # noqa: E731
    loaded = []
    event.listen(Order, "load", lambda target, context: loaded.append(target.id))
    event.listen(db.engine, "after_cursor_execute", listener)
    body = app.test_client().get("/api/customers/7/summary").json
    event.remove(db.engine, "after_cursor_execute", listener)
    assert body == {"orders": 20, "spent": 20000}
    assert len(loaded) == 2000  # 2,000 ORM objects built to answer about 20


def test_no_index_on_customer_id(app):
    plan = db.session.execute(db.text(
        "EXPLAIN QUERY PLAN SELECT * FROM orders WHERE customer_id = 7")).all()
    assert "SCAN orders" in plan[0][-1]  # a full table scan
