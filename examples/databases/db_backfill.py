"""A data migration run outside the schema migration: small batches, one commit each."""
from sqlalchemy import Engine, text

BATCH = text("""
    UPDATE customer SET display_name = full_name
    WHERE display_name IS NULL  -- re-checked if the app wrote the row meanwhile
      AND id IN (SELECT id FROM customer WHERE display_name IS NULL ORDER BY id LIMIT :size)
""")


def backfill_display_name(engine: Engine, batch_size: int = 1000) -> int:
    """Copy full_name into display_name; return the number of batches committed."""
    batches = 0
    while True:
        with engine.begin() as conn:  # short transactions: locks are held for one batch only
            if conn.execute(BATCH, {"size": batch_size}).rowcount == 0:
                return batches
        batches += 1
