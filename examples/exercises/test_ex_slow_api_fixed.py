import pytest
from sqlalchemy.dialects import sqlite

from ex_slow_api_fixed import Order, cache, create_app, customer_summary_query, db


@pytest.fixture
def app():
    app = create_app()
    with app.app_context():
        db.create_all()
        db.session.add_all(Order(customer_id=n % 100, total=1000) for n in range(2000))
        db.session.commit()
        cache.clear()
        yield app
        db.drop_all()


def test_same_answer_one_aggregate_query(app):
    response = app.test_client().get("/api/customers/7/summary")
    assert response.json == {"orders": 20, "spent": 20000}
    assert 'db;desc="1 queries"' in response.headers["Server-Timing"]
    assert response.headers["Server-Timing"].startswith("app;dur=")


def test_the_query_uses_the_index(app):
    sql = str(customer_summary_query(7).compile(dialect=sqlite.dialect(),
                                                compile_kwargs={"literal_binds": True}))
    plan = db.session.execute(db.text("EXPLAIN QUERY PLAN " + sql)).all()
    assert "USING INDEX ix_orders_customer_id" in plan[0][-1]


def test_repeat_requests_come_from_the_cache(app):
    client = app.test_client()
    client.get("/api/customers/7/summary")
    db.session.add(Order(customer_id=7, total=500))
    db.session.commit()
    again = client.get("/api/customers/7/summary")
    assert again.json == {"orders": 20, "spent": 20000}  # cached: no query, slightly stale
    assert 'db;desc="0 queries"' in again.headers["Server-Timing"]


def test_unknown_customer(app):
    assert app.test_client().get("/api/customers/999/summary").json == {"orders": 0, "spent": 0}
