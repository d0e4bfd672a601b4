-- Facts the practice-outcome figures read, so that a year of a busy practice is summed over narrow rows without
-- joins: one row per signed session, one per point treated in a signed session, one per deactivation or recurrence
-- of a point. They are written by the database itself, at the commit of the transaction that signs a note or records
-- a status change (deferred constraint triggers, so the note's episodes and measurements are all there by then), and
-- they never need updating afterwards: a signed note never changes (V5), amendments do not change measurements, and
-- status history is only appended. Drafts have no facts. Existing signed notes and status changes are filled in below.

create table outcome_sessions (
    note_id          uuid        primary key references treatment_notes (id),
    client_id        uuid        not null,
    therapist_id     uuid        not null,
    session_at       timestamptz not null,
    pain_before      integer,
    complaint_region varchar(20),
    -- The three deviations owners follow: painful compression, forced stretch, heat outside 5-10 minutes.
    painful          boolean     not null,
    forced           boolean     not null,
    heat             boolean     not null,
    -- The session's moment and pain as one number (epoch seconds * 16 + pain): the first and the latest rating of a
    -- period are min() and max() of it, found by hashing rather than sorting a year of sessions. Null when unrated.
    pain_key         bigint
);

create index outcome_sessions_session_idx on outcome_sessions (session_at)
    include (client_id, therapist_id, pain_before, complaint_region, painful, forced, heat, pain_key);

create table outcome_treatments (
    note_id          uuid             not null references treatment_notes (id),
    trigger_point_id uuid             not null references trigger_points (id),
    therapist_id     uuid             not null,
    session_at       timestamptz      not null,
    muscle_code      varchar(40)      not null,
    complaint_region varchar(20),
    ppt_before_kpa   double precision,
    -- Likewise for the point's PPT (epoch seconds * 2^21 + PPT in thousandths of a kPa, at most 2 000 000).
    ppt_key          bigint,
    primary key (note_id, trigger_point_id)
);

create index outcome_treatments_session_idx on outcome_treatments (session_at)
    include (trigger_point_id, therapist_id, muscle_code, complaint_region, ppt_before_kpa, ppt_key);

create table outcome_point_changes (
    status_change_id uuid        primary key references trigger_point_status_changes (id),
    trigger_point_id uuid        not null references trigger_points (id),
    changed_at       timestamptz not null,
    changed_by       uuid        not null,
    muscle_code      varchar(40) not null,
    -- true: active -> latent or resolved; false: latent or resolved -> active (a recurrence).
    deactivated      boolean     not null,
    -- For a deactivation: signed sessions that treated the point after it was charted or last became active, up
    -- to and including the one that deactivated it.
    sessions         integer     check (deactivated = (sessions is not null))
);

create index outcome_point_changes_changed_idx on outcome_point_changes (changed_at)
    include (trigger_point_id, changed_by, muscle_code, deactivated, sessions);

create function record_outcome_session(note uuid) returns void language sql as $$
    insert into outcome_sessions
    select n.id, n.client_id, n.therapist_id, n.session_at, n.pain_before, n.complaint_region,
        exists (select 1 from note_deviations d where d.note_id = n.id and d.type = 'PAINFUL_COMPRESSION'),
        exists (select 1 from note_deviations d where d.note_id = n.id and d.type = 'FORCED_STRETCH'),
        exists (select 1 from note_deviations d where d.note_id = n.id and d.type = 'HEAT_OUT_OF_RANGE'),
        cast(extract(epoch from n.session_at) as bigint) * 16 + n.pain_before
    from treatment_notes n
    where n.id = note and n.status = 'SIGNED'
    on conflict do nothing;
    insert into outcome_treatments
    select n.id, m.trigger_point_id, n.therapist_id, n.session_at, p.muscle_code, n.complaint_region, m.ppt_before_kpa,
        cast(extract(epoch from n.session_at) as bigint) * 2097152 + cast(round(m.ppt_before_kpa * 1000) as bigint)
    from treatment_notes n
    join note_point_measurements m on m.note_id = n.id
    join trigger_points p on p.id = m.trigger_point_id
    where n.id = note and n.status = 'SIGNED'
    on conflict do nothing;
$$;

create function record_outcome_point_change(change uuid) returns void language sql as $$
    insert into outcome_point_changes
    select c.id, c.trigger_point_id, c.changed_at, c.changed_by, p.muscle_code, c.from_status = 'ACTIVE',
        case when c.from_status = 'ACTIVE' then
            (select count(*) from note_point_measurements m join treatment_notes n on n.id = m.note_id
             where m.trigger_point_id = c.trigger_point_id and n.status = 'SIGNED'
                 and n.signed_at > before.changed_at and n.signed_at <= c.changed_at)
        end
    from trigger_point_status_changes c
    join trigger_points p on p.id = c.trigger_point_id
    join trigger_point_status_changes before on before.trigger_point_id = c.trigger_point_id and before.seq = c.seq - 1
    where c.id = change
        and ((c.from_status = 'ACTIVE' and c.to_status in ('LATENT', 'RESOLVED'))
             or (c.from_status in ('LATENT', 'RESOLVED') and c.to_status = 'ACTIVE'))
    on conflict do nothing;
$$;

create function outcome_session_signed() returns trigger language plpgsql as $$
begin
    perform record_outcome_session(new.id);
    return null;
end $$;

create function outcome_point_changed() returns trigger language plpgsql as $$
begin
    perform record_outcome_point_change(new.id);
    return null;
end $$;

create constraint trigger treatment_notes_outcome_facts after insert or update of status on treatment_notes
    deferrable initially deferred for each row when (new.status = 'SIGNED')
    execute function outcome_session_signed();

create constraint trigger status_changes_outcome_facts after insert on trigger_point_status_changes
    deferrable initially deferred for each row when (new.from_status is not null)
    execute function outcome_point_changed();

-- The facts of what was signed and recorded before this migration, set-based (the functions above do one row each).
insert into outcome_sessions
select n.id, n.client_id, n.therapist_id, n.session_at, n.pain_before, n.complaint_region,
    coalesce(d.painful, false), coalesce(d.forced, false), coalesce(d.heat, false),
    cast(extract(epoch from n.session_at) as bigint) * 16 + n.pain_before
from treatment_notes n
left join (select note_id, bool_or(type = 'PAINFUL_COMPRESSION') as painful, bool_or(type = 'FORCED_STRETCH') as forced,
               bool_or(type = 'HEAT_OUT_OF_RANGE') as heat
           from note_deviations group by note_id) d on d.note_id = n.id
where n.status = 'SIGNED';

insert into outcome_treatments
select n.id, m.trigger_point_id, n.therapist_id, n.session_at, p.muscle_code, n.complaint_region, m.ppt_before_kpa,
    cast(extract(epoch from n.session_at) as bigint) * 2097152 + cast(round(m.ppt_before_kpa * 1000) as bigint)
from treatment_notes n
join note_point_measurements m on m.note_id = n.id
join trigger_points p on p.id = m.trigger_point_id
where n.status = 'SIGNED';

select record_outcome_point_change(id) from trigger_point_status_changes where from_status is not null;
