"""attendance counts on meetings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:36:08.184765
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('expected_count', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('present_count', sa.Integer(), server_default='0', nullable=False))
    op.execute(
        "UPDATE meeting SET "
        "expected_count = (SELECT count(*) FROM attendance WHERE attendance.meeting_id = meeting.id), "
        "present_count = (SELECT count(*) FROM attendance WHERE attendance.meeting_id = meeting.id "
        "AND attendance.status IN ('present', 'late', 'left_early'))"
    )
    


def downgrade() -> None:
    
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('present_count')
        batch_op.drop_column('expected_count')

    
