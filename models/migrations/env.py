"""Alembic environment: always run from the program with a connection handed in (models.migrate)."""

from alembic import context

from models.orm import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the program always hands one in
    raise RuntimeError("run migrations through models.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
