"""the rules as the Party writes them: whether the branch has a 支部委员会 by date (none recorded = a committee all
along), members left out of 应到 and under 留党察看, the 书面意见 of absent voters on a resolution, and Party groups
over time (set up, dissolved, each member's group by period), and elections (a resolution's ballot, its candidates
with their votes, the 监票人 and 计票人), and the path into the Party (a person's 申请入党, 积极分子 and 发展对象 dates,
the person a resolution decides on), and who finalised a record and who made each amendment

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 23:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
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
    op.create_table('exclusion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('approval', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_exclusion_branch_id_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_exclusion_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exclusion'))
    )
    op.create_index(op.f('ix_exclusion_person_id'), 'exclusion', ['person_id'], unique=False)
    op.create_table('party_probation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_party_probation_branch_id_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_party_probation_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_probation'))
    )
    op.create_index(op.f('ix_party_probation_person_id'), 'party_probation', ['person_id'], unique=False)
    op.create_table('group_membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_group_membership_branch_id_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['party_group.id'], name=op.f('fk_group_membership_group_id_party_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_group_membership_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_membership'))
    )
    op.create_index(op.f('ix_group_membership_person_id'), 'group_membership', ['person_id'], unique=False)
    with op.batch_alter_table('party_group', schema=None) as batch_op:
        batch_op.add_column(sa.Column('set_up_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('dissolved_on', sa.Date(), nullable=True))
    with op.batch_alter_table('resolution', schema=None) as batch_op:
        batch_op.add_column(sa.Column('written_for', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('written_against', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('written_abstain', sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            op.f('ck_resolution_written'),
            '(written_for IS NULL AND written_against IS NULL AND written_abstain IS NULL) OR '
            '(written_for >= 0 AND written_against >= 0 AND written_abstain >= 0)')
        for column in ('election_office',):
            batch_op.add_column(sa.Column(column, sa.String(length=20), nullable=True))
        for column in ('election_seats', 'ballots_issued', 'ballots_returned', 'ballots_invalid', 'election_round'):
            batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            op.f('ck_resolution_election_office'),
            "election_office IS NULL OR election_office IN ('committee', 'secretary', 'deputy')")
        batch_op.add_column(sa.Column('subject_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_resolution_subject_id'), ['subject_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_resolution_subject_id_person'), 'person', ['subject_id'], ['id'],
                                    ondelete='RESTRICT')
        batch_op.drop_constraint(op.f('ck_resolution_kind'), type_='check')
        batch_op.create_check_constraint(op.f('ck_resolution_kind'), "kind IN ('general', 'admission', "
                                         "'full_membership', 'election', 'other', 'activist', 'candidate')")
    with op.batch_alter_table('person', schema=None) as batch_op:
        for column in ('applied_on', 'activist_on', 'candidate_on'):
            batch_op.add_column(sa.Column(column, sa.Date(), nullable=True))
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('finalized_by', sa.Text(), server_default='', nullable=False))
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('author', sa.Text(), server_default='', nullable=False))
    for table, extra in (('election_candidate', [sa.Column('yes', sa.Integer(), nullable=False),
                                                 sa.Column('against', sa.Integer(), nullable=False),
                                                 sa.Column('abstain', sa.Integer(), nullable=False),
                                                 sa.Column('write_in', sa.Boolean(), nullable=False)]),
                         ('election_official', [sa.Column('duty', sa.String(length=20), nullable=False)])):
        checks = [sa.CheckConstraint("duty IN ('scrutineer', 'teller')", name=op.f('ck_election_official_duty'))] \
            if table == 'election_official' else []
        op.create_table(table,
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('resolution_position', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        *extra,
        *checks,
        sa.ForeignKeyConstraint(['meeting_id', 'resolution_position'], ['resolution.meeting_id', 'resolution.position'], name=op.f(f'fk_{table}_meeting_id_resolution'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f(f'fk_{table}_person_id_person'), ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('meeting_id', 'resolution_position', 'position', name=op.f(f'pk_{table}'))
        )
        op.create_index(op.f(f'ix_{table}_person_id'), table, ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.drop_column('author')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('finalized_by')
    for table in ('election_official', 'election_candidate'):
        op.drop_index(op.f(f'ix_{table}_person_id'), table_name=table)
        op.drop_table(table)
    with op.batch_alter_table('person', schema=None) as batch_op:
        for column in ('candidate_on', 'activist_on', 'applied_on'):
            batch_op.drop_column(column)
    with op.batch_alter_table('resolution', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_resolution_kind'), type_='check')
        batch_op.create_check_constraint(op.f('ck_resolution_kind'), "kind IN ('general', 'admission', "
                                         "'full_membership', 'election', 'other')")
        batch_op.drop_constraint(op.f('fk_resolution_subject_id_person'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_resolution_subject_id'))
        batch_op.drop_column('subject_id')
        batch_op.drop_constraint(op.f('ck_resolution_election_office'), type_='check')
        for column in ('election_round', 'ballots_invalid', 'ballots_returned', 'ballots_issued', 'election_seats',
                       'election_office'):
            batch_op.drop_column(column)
        batch_op.drop_constraint(op.f('ck_resolution_written'), type_='check')
        batch_op.drop_column('written_abstain')
        batch_op.drop_column('written_against')
        batch_op.drop_column('written_for')
    with op.batch_alter_table('party_group', schema=None) as batch_op:
        batch_op.drop_column('dissolved_on')
        batch_op.drop_column('set_up_on')
    op.drop_index(op.f('ix_group_membership_person_id'), table_name='group_membership')
    op.drop_table('group_membership')
    op.drop_index(op.f('ix_party_probation_person_id'), table_name='party_probation')
    op.drop_table('party_probation')
    op.drop_index(op.f('ix_exclusion_person_id'), table_name='exclusion')
    op.drop_table('exclusion')
    op.drop_table('committee_change')
