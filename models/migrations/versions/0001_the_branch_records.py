"""the branch records

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 01:51:57.194813
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('branch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('short_name', sa.Text(), nullable=False),
    sa.Column('parent_org', sa.Text(), nullable=False),
    sa.Column('fonds_code', sa.String(length=40), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('own_rules', sa.Boolean(), nullable=False),
    sa.Column('talk_committee_pairs', sa.Boolean(), nullable=False),
    sa.Column('talk_member_with_committee', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch'))
    )
    op.create_table('duty_rule',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('duty', sa.String(length=40), nullable=False),
    sa.Column('per', sa.String(length=10), nullable=False),
    sa.Column('at_least', sa.Integer(), nullable=False),
    sa.Column('per_group', sa.Boolean(), nullable=False),
    sa.CheckConstraint("duty IN ('general_meeting', 'committee_meeting', 'group_meeting', 'party_lecture', 'theme_day', 'org_life_meeting', 'democratic_evaluation', 'other')", name=op.f('ck_duty_rule_duty')),
    sa.CheckConstraint("per IN ('month', 'quarter', 'year')", name=op.f('ck_duty_rule_per')),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_duty_rule_branch_id_branch'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('branch_id', 'position', name=op.f('pk_duty_rule'))
    )
    op.create_table('party_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('ext_id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_party_group_branch_id_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['leader_id'], ['person.id'], name=op.f('fk_party_group_leader_id_person'), ondelete='SET NULL', use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_group')),
    sa.UniqueConstraint('branch_id', 'ext_id', name=op.f('uq_party_group_branch_id_ext_id'))
    )
    with op.batch_alter_table('party_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_group_branch_id'), ['branch_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('ext_id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('gender', sa.String(length=4), nullable=True),
    sa.Column('ethnicity', sa.Text(), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('education', sa.Text(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('full_member_on', sa.Date(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('entered_on', sa.Date(), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('left_reason', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint("gender IS NULL OR gender IN ('男', '女')", name=op.f('ck_person_gender')),
    sa.CheckConstraint("kind IN ('member', 'candidate', 'activist')", name=op.f('ck_person_kind')),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_person_branch_id_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['party_group.id'], name=op.f('fk_person_group_id_party_group'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('branch_id', 'ext_id', name=op.f('uq_person_branch_id_ext_id'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_branch_id'), ['branch_id'], unique=False)

    op.create_table('committee_role',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.CheckConstraint("role IN ('书记', '副书记', '组织委员', '宣传委员', '纪检委员', '青年委员', '委员')", name=op.f('ck_committee_role_role')),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_committee_role_branch_id_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_committee_role_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_role'))
    )
    with op.batch_alter_table('committee_role', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_role_branch_id'), ['branch_id', 'start_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_committee_role_person_id'), ['person_id'], unique=False)

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('ext_id', sa.String(length=100), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start', sa.Time(), nullable=True),
    sa.Column('end', sa.Time(), nullable=True),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('host_id', sa.Integer(), nullable=True),
    sa.Column('recorder_id', sa.Integer(), nullable=True),
    sa.Column('lecturer', sa.Text(), nullable=True),
    sa.Column('lecturer_member_id', sa.Integer(), nullable=True),
    sa.Column('lecture_title', sa.Text(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('has_preparation', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('finalized_at', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.CheckConstraint("status IN ('draft', 'final')", name=op.f('ck_meeting_status')),
    sa.CheckConstraint("type IN ('general_meeting', 'committee_meeting', 'group_meeting', 'party_lecture', 'theme_day', 'org_life_meeting', 'democratic_evaluation', 'other')", name=op.f('ck_meeting_type')),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_meeting_branch_id_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['party_group.id'], name=op.f('fk_meeting_group_id_party_group'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['host_id'], ['person.id'], name=op.f('fk_meeting_host_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['lecturer_member_id'], ['person.id'], name=op.f('fk_meeting_lecturer_member_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['recorder_id'], ['person.id'], name=op.f('fk_meeting_recorder_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('branch_id', 'ext_id', name=op.f('uq_meeting_branch_id_ext_id'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_branch_id'), ['branch_id', 'date'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_group_id'), ['group_id'], unique=False)

    op.create_table('talk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('ext_id', sa.String(length=100), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('talker_id', sa.Integer(), nullable=False),
    sa.Column('talkee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('talkee_views', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_talk_branch_id_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['talkee_id'], ['person.id'], name=op.f('fk_talk_talkee_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['talker_id'], ['person.id'], name=op.f('fk_talk_talker_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_talk')),
    sa.UniqueConstraint('branch_id', 'ext_id', name=op.f('uq_talk_branch_id_ext_id'))
    )
    with op.batch_alter_table('talk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_talk_branch_id'), ['branch_id', 'date'], unique=False)
        batch_op.create_index(batch_op.f('ix_talk_talkee_id'), ['talkee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_talk_talker_id'), ['talker_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_agenda_item'))
    )
    op.create_table('amendment',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_amendment_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_amendment'))
    )
    op.create_table('attachment',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('media_type', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attachment_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_attachment'))
    )
    op.create_table('attendance',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.CheckConstraint("status IN ('present', 'late', 'left_early', 'leave', 'absent')", name=op.f('ck_attendance_status')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_attendance_meeting_id_person_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)

    op.create_table('criticism',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('self_criticism', sa.Text(), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_criticism_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_criticism_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_criticism'))
    )
    with op.batch_alter_table('criticism', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criticism_person_id'), ['person_id'], unique=False)

    op.create_table('evaluation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('ext_id', sa.String(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('voters', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_evaluation_branch_id_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_evaluation_meeting_id_meeting'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation')),
    sa.UniqueConstraint('branch_id', 'ext_id', name=op.f('uq_evaluation_branch_id_ext_id'))
    )
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_branch_id'), ['branch_id'], unique=False)

    op.create_table('guest',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_guest_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_guest'))
    )
    op.create_table('meeting_duty',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('duty', sa.String(length=40), nullable=False),
    sa.CheckConstraint("duty IN ('general_meeting', 'committee_meeting', 'group_meeting', 'party_lecture', 'theme_day', 'org_life_meeting', 'democratic_evaluation', 'other')", name=op.f('ck_meeting_duty_duty')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_duty_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_meeting_duty'))
    )
    op.create_table('opinion',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_opinion_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_opinion'))
    )
    op.create_table('rectification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('ext_id', sa.String(length=100), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('responsible_id', sa.Integer(), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'done')", name=op.f('ck_rectification_status')),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_rectification_branch_id_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_rectification_meeting_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_rectification_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['responsible_id'], ['person.id'], name=op.f('fk_rectification_responsible_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rectification')),
    sa.UniqueConstraint('branch_id', 'ext_id', name=op.f('uq_rectification_branch_id_ext_id'))
    )
    with op.batch_alter_table('rectification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rectification_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('resolution',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('vote_for', sa.Integer(), nullable=True),
    sa.Column('vote_against', sa.Integer(), nullable=True),
    sa.Column('vote_abstain', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('general', 'admission', 'full_membership', 'election', 'other')", name=op.f('ck_resolution_kind')),
    sa.CheckConstraint('(vote_for IS NULL AND vote_against IS NULL AND vote_abstain IS NULL) OR (vote_for >= 0 AND vote_against >= 0 AND vote_abstain >= 0)', name=op.f('ck_resolution_vote')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_resolution_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_resolution'))
    )
    op.create_table('self_examination',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_self_examination_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_self_examination_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_self_examination'))
    )
    with op.batch_alter_table('self_examination', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_self_examination_person_id'), ['person_id'], unique=False)

    op.create_table('speech',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('speaker_name', sa.Text(), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_speech_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['person.id'], name=op.f('fk_speech_speaker_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('meeting_id', 'position', name=op.f('pk_speech'))
    )
    with op.batch_alter_table('speech', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speech_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('criticism_received',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('criticism_position', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('critic_id', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['critic_id'], ['person.id'], name=op.f('fk_criticism_received_critic_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id', 'criticism_position'], ['criticism.meeting_id', 'criticism.position'], name=op.f('fk_criticism_received_meeting_id_criticism'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'criticism_position', 'position', name=op.f('pk_criticism_received'))
    )
    with op.batch_alter_table('criticism_received', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criticism_received_critic_id'), ['critic_id'], unique=False)

    op.create_table('evaluation_result',
    sa.Column('evaluation_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('self_assessment', sa.Text(), nullable=False),
    sa.Column('votes_excellent', sa.Integer(), nullable=False),
    sa.Column('votes_qualified', sa.Integer(), nullable=False),
    sa.Column('votes_basic', sa.Integer(), nullable=False),
    sa.Column('votes_unqualified', sa.Integer(), nullable=False),
    sa.Column('grade', sa.String(length=10), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.CheckConstraint("grade IS NULL OR grade IN ('优秀', '合格', '基本合格', '不合格')", name=op.f('ck_evaluation_result_grade')),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_evaluation_result_evaluation_id_evaluation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_evaluation_result_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('evaluation_id', 'position', name=op.f('pk_evaluation_result')),
    sa.UniqueConstraint('evaluation_id', 'person_id', name=op.f('uq_evaluation_result_evaluation_id_person_id'))
    )
    with op.batch_alter_table('evaluation_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_result_person_id'), ['person_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('evaluation_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_result_person_id'))

    op.drop_table('evaluation_result')
    with op.batch_alter_table('criticism_received', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criticism_received_critic_id'))

    op.drop_table('criticism_received')
    with op.batch_alter_table('speech', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speech_speaker_id'))

    op.drop_table('speech')
    with op.batch_alter_table('self_examination', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_self_examination_person_id'))

    op.drop_table('self_examination')
    op.drop_table('resolution')
    with op.batch_alter_table('rectification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rectification_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_rectification_branch_id'))

    op.drop_table('rectification')
    op.drop_table('opinion')
    op.drop_table('meeting_duty')
    op.drop_table('guest')
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_branch_id'))

    op.drop_table('evaluation')
    with op.batch_alter_table('criticism', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criticism_person_id'))

    op.drop_table('criticism')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_person_id'))

    op.drop_table('attendance')
    op.drop_table('attachment')
    op.drop_table('amendment')
    op.drop_table('agenda_item')
    with op.batch_alter_table('talk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_talk_talker_id'))
        batch_op.drop_index(batch_op.f('ix_talk_talkee_id'))
        batch_op.drop_index(batch_op.f('ix_talk_branch_id'))

    op.drop_table('talk')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_group_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_branch_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('committee_role', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_role_person_id'))
        batch_op.drop_index(batch_op.f('ix_committee_role_branch_id'))

    op.drop_table('committee_role')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_branch_id'))

    op.drop_table('person')
    with op.batch_alter_table('party_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_party_group_branch_id'))

    op.drop_table('party_group')
    op.drop_table('duty_rule')
    op.drop_table('branch')
    
