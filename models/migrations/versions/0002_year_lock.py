"""year lock

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 02:26:36.780166
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('year_lock',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('locked_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_year_lock_branch_id_branch'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('branch_id', 'year', name=op.f('pk_year_lock'))
    )
    


def downgrade() -> None:
    
    op.drop_table('year_lock')
    
