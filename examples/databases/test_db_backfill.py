import pytest
import sqlalchemy as sa

from db_backfill import backfill_display_name


@pytest.fixture
def engine(postgres_url):
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE customer (id serial PRIMARY KEY, "
                             "full_name varchar(100) NOT NULL, display_name varchar(100))"))
        conn.execute(sa.text("INSERT INTO customer (full_name) SELECT 'customer ' || n "
                             "FROM generate_series(1, 25) AS n"))
    yield engine
    engine.dispose()


def test_backfill_commits_small_batches(engine):
    assert backfill_display_name(engine, batch_size=10) == 3  # 10 + 10 + 5 rows
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT count(*) FROM customer WHERE display_name = full_name"))
        assert rows.scalar() == 25


def test_rows_written_by_the_new_release_meanwhile_are_kept(engine):
    with engine.begin() as app_conn:  # the new code already set a display name on row 1
        app_conn.execute(sa.text("UPDATE customer SET display_name = 'Ada' WHERE id = 1"))
    backfill_display_name(engine, batch_size=10)
    with engine.connect() as conn:
        name = conn.execute(sa.text("SELECT display_name FROM customer WHERE id = 1")).scalar()
    assert name == "Ada"
