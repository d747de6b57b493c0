import pytest
from sqlalchemy import create_engine, func, inspect, select, text

from db_binds import AnalyticsOrder, Order, PageView, create_app, db


@pytest.fixture
def app(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'main.db'}", f"sqlite:///{tmp_path / 'analytics.db'}")
    with app.app_context():
        db.create_all()  # every bind: each table in its own database
        yield app
        db.session.remove()
        for engine in db.engines.values():
            engine.dispose()


def test_each_model_lives_in_its_own_database(app):
    assert set(db.engines) == {None, "analytics"}
    assert inspect(db.engine).get_table_names() == ["order"]
    assert inspect(db.engines["analytics"]).get_table_names() == ["order", "page_view"]
    assert Order.metadata is not AnalyticsOrder.metadata  # one MetaData per bind key


def test_one_session_routes_each_model_to_its_engine(app):
    db.session.add_all([Order(total=100), PageView(path="/checkout"),
                        AnalyticsOrder(channel="email")])
    db.session.commit()  # two transactions, committed one after the other
    assert db.session.scalar(select(func.count()).select_from(PageView)) == 1
    assert db.session.scalar(select(AnalyticsOrder.channel)) == "email"
    raw = db.session.execute(text('SELECT total FROM "order"'))  # text(): default engine...
    assert raw.scalar() == 100
    raw = db.session.execute(text("SELECT path FROM page_view"),  # ...unless you name one
                             bind_arguments={"bind": db.engines["analytics"]})
    assert raw.scalar() == "/checkout"


def test_create_all_for_one_bind(app):
    db.drop_all()
    db.create_all(bind_key="analytics")
    assert inspect(db.engine).get_table_names() == []
    assert inspect(db.engines["analytics"]).get_table_names() == ["order", "page_view"]


def test_two_phase_commit_is_off_on_a_default_postgresql_server(postgres_url):
    engine = create_engine(postgres_url)
    with engine.connect() as conn:  # PREPARE TRANSACTION needs a nonzero value here
        assert conn.execute(text("SHOW max_prepared_transactions")).scalar() == "0"
    engine.dispose()
