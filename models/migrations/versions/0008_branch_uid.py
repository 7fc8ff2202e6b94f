"""every branch its own id across databases and files: branch.uid, a UUID's text, unique, given to the branches
already there

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 14:20:00
"""
import uuid

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('uid', sa.String(length=36), nullable=True))
    conn = op.get_bind()
    branch = sa.table('branch', sa.column('id', sa.Integer), sa.column('uid', sa.String))
    for (branch_id,) in conn.execute(sa.select(branch.c.id).order_by(branch.c.id)).all():
        conn.execute(sa.update(branch).where(branch.c.id == branch_id).values(uid=str(uuid.uuid4())))
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.alter_column('uid', existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_branch_uid'), ['uid'])


def downgrade() -> None:
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_branch_uid'), type_='unique')
        batch_op.drop_column('uid')
