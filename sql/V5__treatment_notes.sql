-- Treatment notes with their episodes, pressure-pain thresholds, protocol deviations and amendments.
-- A signed note can never be changed or deleted, by the application or anyone else with table access:
-- the triggers below refuse it; corrections are rows in note_amendments.
-- A draft is saved whole: its episodes, measurements and deviations are replaced, and Hibernate inserts the new
-- rows before it deletes the old, so the uniqueness of their order within a note is checked at commit (deferred).

create table treatment_notes (
    id           uuid        primary key,
    version      integer     not null default 0,
    client_id    uuid        not null references clients (id),
    therapist_id uuid        not null references users (id),
    session_at   timestamptz not null,
    status       varchar(6)  not null check (status in ('DRAFT', 'SIGNED')),
    signed_at    timestamptz,
    complaint    varchar(2000),
    pain_before  integer     check (pain_before between 0 and 10),
    assessment   varchar(4000),
    plan         varchar(4000),
    pain_after   integer     check (pain_after between 0 and 10),
    updated_at   timestamptz not null,
    check ((status = 'SIGNED') = (signed_at is not null))
);

-- A chart lists a client's recent notes; outcomes read notes by period and therapist.
create index treatment_notes_client_session_idx on treatment_notes (client_id, session_at desc);
create index treatment_notes_therapist_session_idx on treatment_notes (therapist_id, session_at);

create table note_episodes (
    id                    uuid             primary key,
    note_id               uuid             not null references treatment_notes (id),
    trigger_point_id      uuid             not null references trigger_points (id),
    seq                   integer          not null check (seq >= 1),
    kind                  varchar(11)      not null check (kind in ('COMPRESSION', 'STRETCH', 'HEAT')),
    hold_seconds          integer          check (hold_seconds between 1 and 600),
    repetitions           integer          check (repetitions between 1 and 20),
    pressure_level        integer          check (pressure_level between 0 and 10),
    pressure_kpa          double precision check (pressure_kpa > 0 and pressure_kpa <= 2000),
    discomfort            integer          check (discomfort between 0 and 10),
    release_reason        varchar(20)      check (release_reason in ('TISSUE_RELEASED', 'HOLD_TIME_REACHED', 'CLIENT_DISCOMFORT', 'CLIENT_REQUEST')),
    stretch_name          varchar(200),
    breathing_coordinated boolean,
    forced                boolean,
    modality              varchar(16)      check (modality in ('HEAT_PACK', 'WHEAT_BAG', 'HOT_WATER_BOTTLE', 'OTHER')),
    minutes               integer          check (minutes between 1 and 60),
    skin_checked          boolean,
    unique (note_id, seq) deferrable initially deferred,
    check (kind <> 'COMPRESSION' or (hold_seconds is not null and repetitions is not null and discomfort is not null
                                     and (pressure_level is not null or pressure_kpa is not null))),
    check (kind <> 'STRETCH' or (stretch_name is not null and hold_seconds is not null and repetitions is not null
                                 and breathing_coordinated is not null and forced is not null)),
    check (kind <> 'HEAT' or (modality is not null and minutes is not null and skin_checked is not null))
);

create index note_episodes_point_idx on note_episodes (trigger_point_id);

create table note_point_measurements (
    id               uuid             primary key,
    note_id          uuid             not null references treatment_notes (id),
    trigger_point_id uuid             not null references trigger_points (id),
    ppt_before_kpa   double precision check (ppt_before_kpa > 0 and ppt_before_kpa <= 2000),
    ppt_after_kpa    double precision check (ppt_after_kpa > 0 and ppt_after_kpa <= 2000),
    -- The point's status at the end of the session, applied to the chart when the note is signed.
    status_after     varchar(8)       check (status_after in ('ACTIVE', 'LATENT', 'RESOLVED')),
    unique (note_id, trigger_point_id) deferrable initially deferred
);

create index note_point_measurements_point_idx on note_point_measurements (trigger_point_id);

create table note_deviations (
    id               uuid          primary key,
    note_id          uuid          not null references treatment_notes (id),
    trigger_point_id uuid          not null references trigger_points (id),
    episode_seq      integer       not null,
    type             varchar(40)   not null check (type in ('PAINFUL_COMPRESSION', 'FORCED_STRETCH', 'HEAT_OUT_OF_RANGE',
        'HEAT_BEFORE_STRETCH', 'HEAT_WITHOUT_STRETCH', 'HEAT_WITH_IMPAIRED_SENSATION', 'FIRM_COMPRESSION_ON_ANTICOAGULANTS')),
    explanation      varchar(1000) not null,
    reason           varchar(1000),
    unique (note_id, episode_seq, type) deferrable initially deferred
);

create table note_amendments (
    id         uuid          primary key,
    note_id    uuid          not null references treatment_notes (id),
    author_id  uuid          not null references users (id),
    amended_at timestamptz   not null,
    reason     varchar(500)  not null,
    text       varchar(4000) not null
);

create index note_amendments_note_idx on note_amendments (note_id, amended_at);

-- Signing takes effect when its transaction commits: the transaction that signs a note may still write it
-- (Hibernate inserts a new note before its episodes); every later transaction is refused.
create function signed_before_this_transaction(row_xmin xid, status varchar) returns boolean
    language sql stable as $$
    select status = 'SIGNED' and row_xmin::text::bigint <> txid_current() % 4294967296
$$;

create function refuse_signed_note_change() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'treatment_notes' then
        if signed_before_this_transaction(old.xmin, old.status) then
            raise exception 'treatment note % is signed and cannot be changed or deleted', old.id
                using errcode = 'integrity_constraint_violation';
        end if;
    elsif exists (select 1 from treatment_notes n
                  where n.id = coalesce(old.note_id, new.note_id)
                    and signed_before_this_transaction(n.xmin, n.status)) then
        raise exception 'treatment note % is signed and cannot be changed', coalesce(old.note_id, new.note_id)
            using errcode = 'integrity_constraint_violation';
    end if;
    return coalesce(new, old);
end $$;

create trigger treatment_notes_signed_are_final before update or delete on treatment_notes
    for each row execute function refuse_signed_note_change();
create trigger note_episodes_signed_are_final before insert or update or delete on note_episodes
    for each row execute function refuse_signed_note_change();
create trigger note_point_measurements_signed_are_final before insert or update or delete on note_point_measurements
    for each row execute function refuse_signed_note_change();
create trigger note_deviations_signed_are_final before insert or update or delete on note_deviations
    for each row execute function refuse_signed_note_change();

-- Amendments are appended, never edited or removed.
create function refuse_amendment_change() returns trigger language plpgsql as $$
begin
    raise exception 'amendments are permanent' using errcode = 'integrity_constraint_violation';
end $$;

create trigger note_amendments_are_permanent before update or delete on note_amendments
    for each row execute function refuse_amendment_change();
