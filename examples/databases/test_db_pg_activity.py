import threading
import time

import pytest
import sqlalchemy as sa

from db_pg_activity import blocked_backends


@pytest.fixture
def engine(postgres_url):
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE job (id int PRIMARY KEY, state text)"))
        conn.execute(sa.text("INSERT INTO job VALUES (1, 'new')"))
    yield engine
    engine.dispose()


def pid(conn):
    return conn.execute(sa.text("SELECT pg_backend_pid()")).scalar()


def test_lists_waiting_sessions_and_who_blocks_them(engine):
    with engine.connect() as holder, engine.connect() as waiter, engine.connect() as monitor:
        assert blocked_backends(monitor) == []
        holder.execute(sa.text("UPDATE job SET state = 'running' WHERE id = 1"))  # row locked
        holder_pid, waiter_pid = pid(holder), pid(waiter)
        thread = threading.Thread(target=waiter.execute, args=(
            sa.text("UPDATE job SET state = 'cancelled' WHERE id = 1"),))
        thread.start()
        deadline, rows = time.monotonic() + 5, []
        while not rows and time.monotonic() < deadline:
            time.sleep(0.01)
            rows = blocked_backends(monitor)
        assert [tuple(row) for row in rows] == [
            (waiter_pid, [holder_pid], "UPDATE job SET state = 'cancelled' WHERE id = 1")]
        holder.commit()  # the lock is released: the waiting UPDATE goes ahead
        thread.join()
        waiter.commit()
        assert blocked_backends(monitor) == []
