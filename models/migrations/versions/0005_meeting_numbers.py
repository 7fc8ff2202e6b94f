"""meeting numbers: each meeting's running number in the year per kind (第 n 次), stored at 定稿

The final meetings already in the database get the number their date gives them among the meetings of their
year and kind (and Party group for 党小组会), as the program numbered them until now; drafts keep none (they
follow their dates until 定稿).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 23:45:00
"""
from collections import defaultdict

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.Integer(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, branch_id, type, group_id, date, start, ext_id, status FROM meeting"
    )).all()
    series = defaultdict(list)
    for r in rows:
        group = r.group_id if r.type == 'group_meeting' else None
        series[(r.branch_id, str(r.date)[:4], r.type, group)].append(r)
    numbers = []
    for items in series.values():
        items.sort(key=lambda r: (str(r.date), str(r.start or ''), r.ext_id))
        numbers += [{'n': n, 'pk': r.id} for n, r in enumerate(items, 1) if r.status == 'final']
    if numbers:
        conn.execute(sa.text("UPDATE meeting SET number = :n WHERE id = :pk"), numbers)


def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('number')
