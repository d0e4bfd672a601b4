-- Coded lists that grow: the audit's actions and the protocol's deviation types become rows of their own tables,
-- referenced by foreign key, instead of CHECK constraints that every migration adding a code had to drop and
-- re-add with the full list (two migrations written side by side would each have dropped the other's code).
-- A migration that adds a code now inserts one row. The Java enums (AuditAction, DeviationType) are the home of
-- these lists; CodedListsTest fails when a table and its enum disagree, and does the same for every CHECK list.

create table audit_actions (
    code varchar(30) primary key check (code ~ '^[A-Z][A-Z_]*$')
);

insert into audit_actions (code) values
    ('READ'), ('CREATE'), ('UPDATE'), ('ARCHIVE'), ('RESTORE'), ('SIGN'), ('AMEND'),
    ('LOGIN'), ('LOGIN_FAILED'), ('LOGOUT'), ('ROLES_CHANGED'), ('USER_CREATED'), ('USER_DEACTIVATED'),
    ('AUDIT_LISTED'), ('AUDIT_VERIFIED'), ('REFUSED_REQUEST'),
    ('HANDOUT_ISSUED'), ('HANDOUT_PREVIEWED'), ('OUTCOMES_VIEWED');

alter table audit_events drop constraint audit_events_action_check;
alter table audit_events add constraint audit_events_action_fkey foreign key (action) references audit_actions (code);

create table deviation_types (
    code varchar(40) primary key check (code ~ '^[A-Z][A-Z_]*$')
);

insert into deviation_types (code) values
    ('PAINFUL_COMPRESSION'), ('FORCED_STRETCH'), ('HEAT_OUT_OF_RANGE'), ('HEAT_BEFORE_STRETCH'),
    ('HEAT_WITHOUT_STRETCH'), ('HEAT_WITH_IMPAIRED_SENSATION'), ('FIRM_COMPRESSION_ON_ANTICOAGULANTS');

-- Deviations of signed notes are final (V5's triggers); a constraint change rewrites no rows.
alter table note_deviations drop constraint note_deviations_type_check;
alter table note_deviations add constraint note_deviations_type_fkey foreign key (type) references deviation_types (code);
