"""Which PostgreSQL sessions are waiting for a lock, and who holds it."""
from sqlalchemy import Connection, text

BLOCKED = text("""
    SELECT pid, pg_blocking_pids(pid) AS blocked_by, left(query, 60) AS query
    FROM pg_stat_activity
    WHERE wait_event_type = 'Lock' AND datname = current_database()
    ORDER BY pid
""")


def blocked_backends(conn: Connection) -> list:
    rows = conn.execute(BLOCKED).all()
    conn.rollback()  # pg_stat_activity is a snapshot per transaction: start fresh next time
    return rows
