import threading
import time

import pytest
import sqlalchemy as sa
from alembic import op
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy.exc import OperationalError, ProgrammingError

import db_migrate_0003_expand
from db_migrate_v2 import db as schema_v2
from db_pg_activity import blocked_backends


@pytest.fixture
def engine(postgres_url):
    engine = sa.create_engine(postgres_url)
    schema_v2.metadata.create_all(engine)  # customer(id, full_name NOT NULL, email)
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO customer (full_name) SELECT 'customer ' || n "
                             "FROM generate_series(1, 25) AS n"))
    yield engine
    engine.dispose()


def run_migration(engine, step):
    """What env.py does online: one connection, one transaction around the migration."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn)
        with context.begin_transaction(), Operations.context(context):
            step()


def columns(engine):
    return [c["name"] for c in sa.inspect(engine).get_columns("customer")]


def wait_for_blocked(engine):
    deadline = time.monotonic() + 5
    with engine.connect() as conn:
        while True:
            time.sleep(0.01)
            rows = blocked_backends(conn)
            if rows or time.monotonic() > deadline:
                return rows


def test_postgresql_rolls_back_a_failed_migration_completely(engine):
    def half_done():
        op.add_column("customer", sa.Column("nickname", sa.String(40)))
        op.create_index("ix_oops", "customer", ["no_such_column"])  # fails

    with pytest.raises(ProgrammingError, match='column "no_such_column" does not exist'):
        run_migration(engine, half_done)
    assert "nickname" not in columns(engine)  # transactional DDL: the ADD COLUMN is undone


def test_expand_migration_and_its_downgrade(engine):
    run_migration(engine, db_migrate_0003_expand.upgrade)
    assert "display_name" in columns(engine)
    indexes = sa.inspect(engine).get_indexes("customer")
    assert [i["name"] for i in indexes] == ["ix_customer_display_name"]
    run_migration(engine, db_migrate_0003_expand.downgrade)
    assert "display_name" not in columns(engine)


def test_concurrent_index_refuses_a_transaction_block(engine):
    with pytest.raises(sa.exc.InternalError, match="cannot run inside a transaction block"):
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE INDEX CONCURRENTLY ix_name ON customer (full_name)"))


def test_alter_table_queues_behind_a_long_transaction_and_blocks_readers(engine):
    holder = engine.connect()
    holder.execute(sa.text("SELECT count(*) FROM customer"))  # open transaction: a share lock
    migration = threading.Thread(target=run_migration, args=(engine, lambda: op.add_column(
        "customer", sa.Column("nickname", sa.String(40)))))  # no lock_timeout
    migration.start()
    [(pid, blocked_by, query)] = wait_for_blocked(engine)
    assert query.startswith("ALTER TABLE customer ADD COLUMN nickname")
    holder_pid = holder.execute(sa.text("SELECT pg_backend_pid()")).scalar()
    assert blocked_by == [holder_pid]
    # Every new query on the table now waits behind the queued ALTER TABLE: an outage.
    with engine.connect() as reader:
        reader.execute(sa.text("SET statement_timeout = '300ms'"))
        with pytest.raises(OperationalError, match="canceling statement due to statement timeout"):
            reader.execute(sa.text("SELECT count(*) FROM customer"))
    holder.rollback()  # the long transaction ends: the ALTER runs, readers proceed
    migration.join()
    holder.close()
    assert "nickname" in columns(engine)


def test_lock_timeout_makes_the_migration_give_up_instead(engine, monkeypatch):
    monkeypatch.setattr(db_migrate_0003_expand, "LOCK_TIMEOUT", "200ms")
    with engine.connect() as holder:
        holder.execute(sa.text("SELECT count(*) FROM customer"))
        with pytest.raises(OperationalError, match="canceling statement due to lock timeout"):
            run_migration(engine, db_migrate_0003_expand.upgrade)
    assert "display_name" not in columns(engine)  # nothing half-applied: retry later


def test_renaming_a_column_breaks_code_still_running_the_old_release(engine):
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE customer RENAME COLUMN full_name TO name"))
    with engine.connect() as old_release:
        with pytest.raises(ProgrammingError, match='column "full_name" does not exist'):
            old_release.execute(sa.text("SELECT full_name FROM customer"))


def test_which_alter_table_statements_rewrite_the_table(engine):
    def rewritten_by(ddl):
        with engine.begin() as conn:
            filenode = sa.text("SELECT pg_relation_filenode('customer')")  # the table's file
            before = conn.execute(filenode).scalar()
            conn.execute(sa.text(ddl))
            return conn.execute(filenode).scalar() != before

    assert not rewritten_by("ALTER TABLE customer ADD COLUMN vip boolean")
    assert not rewritten_by("ALTER TABLE customer ADD COLUMN active boolean DEFAULT true")  # PG 11+
    assert not rewritten_by("ALTER TABLE customer ALTER COLUMN full_name TYPE varchar(200)")
    assert rewritten_by("ALTER TABLE customer ALTER COLUMN id TYPE bigint")  # every row copied
    assert rewritten_by("ALTER TABLE customer ADD COLUMN token uuid DEFAULT gen_random_uuid()")


def test_which_lock_each_alter_table_form_takes_and_which_scan_the_table(engine):
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE customer SET email = 'c' || id || '@example.com'"))
        conn.execute(sa.text("CREATE TABLE orders (id int PRIMARY KEY, customer_id int)"))

    def lock_and_scan(ddl):
        """The lock modes held on customer after `ddl`, and whether PostgreSQL scanned it."""
        with engine.connect() as conn:
            messages = []
            pg = conn.connection.driver_connection

            def on_notice(diagnostic):
                messages.append(diagnostic.message_primary)

            pg.add_notice_handler(on_notice)
            with conn.begin():
                conn.execute(sa.text("SET LOCAL client_min_messages = debug1"))  # shows scans
                conn.execute(sa.text(ddl))
                modes = set(conn.execute(sa.text(
                    "SELECT mode FROM pg_locks WHERE pid = pg_backend_pid() "
                    "AND relation = 'customer'::regclass")).scalars())
            pg.remove_notice_handler(on_notice)
        return modes, any(m.startswith("verifying table") for m in messages)

    exclusive = {"AccessExclusiveLock"}  # conflicts with everything, plain SELECT included
    assert lock_and_scan("ALTER TABLE customer ADD COLUMN tier text DEFAULT 'basic'") == (
        exclusive, False)
    # SET NOT NULL scans every row while holding the exclusive lock: long on a big table.
    assert lock_and_scan("ALTER TABLE customer ALTER COLUMN tier SET NOT NULL") == (
        exclusive, True)
    # The safe sequence: a NOT VALID check (brief exclusive lock, no scan), then VALIDATE,
    # which scans under SHARE UPDATE EXCLUSIVE (reads and writes go on), then SET NOT NULL,
    # which trusts the valid check and skips the scan (PostgreSQL 12+).
    assert lock_and_scan("ALTER TABLE customer ADD CONSTRAINT email_nn "
                         "CHECK (email IS NOT NULL) NOT VALID") == (exclusive, False)
    assert lock_and_scan("ALTER TABLE customer VALIDATE CONSTRAINT email_nn") == (
        {"ShareUpdateExclusiveLock"}, True)
    assert lock_and_scan("ALTER TABLE customer ALTER COLUMN email SET NOT NULL") == (
        exclusive, False)
    # A foreign key locks both tables in SHARE ROW EXCLUSIVE: writes wait, reads do not.
    modes, _ = lock_and_scan("ALTER TABLE orders ADD CONSTRAINT orders_customer_fk "
                             "FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID")
    assert "ShareRowExclusiveLock" in modes and "AccessExclusiveLock" not in modes
