"""birth dates of year and month only (出生年月 1988.02), and when each attachment was added

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('birth_precision', sa.String(length=5), server_default='day', nullable=False))
        batch_op.create_check_constraint(op.f('ck_person_birth_precision'), "birth_precision IN ('day', 'month')")
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('added_at', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_column('added_at')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_person_birth_precision'), type_='check')
        batch_op.drop_column('birth_precision')
