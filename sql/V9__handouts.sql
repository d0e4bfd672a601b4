-- Home-care handouts given to clients. Each issued handout of a signed note is recorded: who, when, for which note,
-- the paper size and the SHA-256 of the PDF handed out. A signed note's handout is reproducible: the first issue
-- keeps a snapshot of everything that could later change (the letterhead, the names, the client's
-- contraindications, the self-care texts), and
-- every later issue is built from that snapshot, so it is the same PDF, byte for byte. All three tables are
-- append-only. Previews of drafts are audited but not recorded here.

create table handout_snapshots (
    note_id          uuid         primary key references treatment_notes (id),
    taken_at         timestamptz  not null,
    practice_name    varchar(120),
    practice_contact varchar(300),
    logo             bytea,
    logo_type        varchar(10)  check (logo_type in ('image/png', 'image/jpeg')),
    client_name      varchar(250) not null,
    therapist_name   varchar(100) not null,
    -- The client's contraindications at first issue (codes, comma-separated): the safety section they were given.
    precautions      varchar(400) not null check (precautions ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    check ((logo is null) = (logo_type is null))
);

create table handout_snapshot_self_care (
    note_id       uuid          not null references handout_snapshots (note_id),
    muscle_code   varchar(40)   not null references muscles (code),
    self_pressure varchar(1000) not null,
    stretch_name  varchar(200)  not null,
    stretch_steps varchar(2000) not null,
    frequency     varchar(300)  not null,
    primary key (note_id, muscle_code)
);

create table handouts (
    id        uuid        primary key,
    note_id   uuid        not null references handout_snapshots (note_id),
    client_id uuid        not null references clients (id),
    issued_at timestamptz not null,
    issued_by uuid        not null references users (id),
    paper     varchar(6)  not null check (paper in ('A4', 'LETTER')),
    sha256    char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$')
);

-- A client's record lists the handouts they were given.
create index handouts_note_idx on handouts (note_id, issued_at);
create index handouts_client_idx on handouts (client_id, issued_at);

create function refuse_handout_change() returns trigger language plpgsql as $$
begin
    raise exception 'handout records are append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end $$;

create trigger handout_snapshots_are_permanent before update or delete on handout_snapshots
    for each row execute function refuse_handout_change();
create trigger handout_snapshot_self_care_is_permanent before update or delete on handout_snapshot_self_care
    for each row execute function refuse_handout_change();
create trigger handouts_are_permanent before update or delete on handouts
    for each row execute function refuse_handout_change();

-- The audit trail names handouts: issued (recorded above) and previewed (a draft's, not given to the client).
alter table audit_events drop constraint audit_events_action_check;
alter table audit_events add constraint audit_events_action_check check (action in (
    'READ', 'CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'SIGN', 'AMEND',
    'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'ROLES_CHANGED', 'USER_CREATED', 'USER_DEACTIVATED',
    'AUDIT_LISTED', 'AUDIT_VERIFIED', 'REFUSED_REQUEST',
    'HANDOUT_ISSUED', 'HANDOUT_PREVIEWED'));
