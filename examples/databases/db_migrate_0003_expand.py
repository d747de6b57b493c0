"""expand: add customer.display_name and its index without blocking traffic (PostgreSQL)

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LOCK_TIMEOUT = "2s"  # give up quickly rather than queue in front of every other query


def upgrade():
    op.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
    # Nullable, no default: a catalog-only change, no table rewrite (old code ignores it).
    op.add_column("customer", sa.Column("display_name", sa.String(100), nullable=True))
    # CONCURRENTLY does not block writes but refuses to run inside a transaction.
    with op.get_context().autocommit_block():
        op.create_index("ix_customer_display_name", "customer", ["display_name"],
                        postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_customer_display_name", table_name="customer",
                      postgresql_concurrently=True)
    op.drop_column("customer", "display_name")
