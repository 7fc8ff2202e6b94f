"""committee changes: whether the branch has a 支部委员会, by date (none recorded = a committee all along)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 23:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('committee_change',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('has_committee', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_committee_change_branch_id_branch'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('branch_id', 'since', name=op.f('pk_committee_change'))
    )


def downgrade() -> None:
    op.drop_table('committee_change')
