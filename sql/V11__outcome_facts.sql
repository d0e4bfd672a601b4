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

-- Summaries of the facts, kept by the same trigger functions right after they write a fact (a fact is written once,
-- so it is added once, whenever its note is signed): per client and per point over their whole history (first and
-- last moment, counts, first and latest value keys), and per client, point, therapist and status change by UTC month.
-- A period's figures without filters take a client or point whose whole history lies in the period from its one row,
-- the others from their month rows over the period's whole months, and the facts only for a partial month at either
-- end (outcomes-by-month.sql): for a year it groups some 60 000 month rows instead of 450 000 facts. Keys' min() and
-- max() combine across summaries and facts alike, so the figures are exactly those of the facts.

create table outcome_clients (
    client_id       uuid        primary key,
    first_at        timestamptz not null,
    last_at         timestamptz not null,
    sessions        integer     not null,
    rated           integer     not null,
    first_pain_key  bigint,
    latest_pain_key bigint
);

create index outcome_clients_span_idx on outcome_clients (first_at, last_at);

create table outcome_client_months (
    client_id       uuid        not null,
    month           timestamptz not null,
    sessions        integer     not null,
    rated           integer     not null,
    pain_sum        integer     not null,
    deviating       integer     not null,
    first_pain_key  bigint,
    latest_pain_key bigint,
    primary key (client_id, month)
);

create table outcome_points (
    trigger_point_id uuid        primary key,
    first_at         timestamptz not null,
    last_at          timestamptz not null,
    measured         integer     not null,
    first_ppt_key    bigint,
    latest_ppt_key   bigint
);

create index outcome_points_span_idx on outcome_points (first_at, last_at);

create table outcome_point_months (
    trigger_point_id uuid        not null,
    month            timestamptz not null,
    measured         integer     not null,
    first_ppt_key    bigint,
    latest_ppt_key   bigint,
    primary key (trigger_point_id, month)
);

-- Deactivations by the sessions they took, and recurrences (sessions 0), per UTC month of the change.
create table outcome_change_months (
    month       timestamptz not null,
    deactivated boolean     not null,
    sessions    integer     not null,
    changes     integer     not null,
    primary key (month, deactivated, sessions)
);

create table outcome_therapist_months (
    therapist_id uuid        not null,
    month        timestamptz not null,
    sessions     integer     not null,
    deviating    integer     not null,
    painful      integer     not null,
    forced       integer     not null,
    heat         integer     not null,
    primary key (therapist_id, month)
);

-- Writes a signed note's facts and adds those just written to the summaries; least() and greatest() pass over nulls.
-- PL/pgSQL, so its statements are planned once per connection, not at every note.
create function record_outcome_session(note uuid) returns void language plpgsql as $$
declare
    s outcome_sessions;
    t outcome_treatments;
begin
    insert into outcome_sessions
    select n.id, n.client_id, n.therapist_id, n.session_at, n.pain_before, n.complaint_region,
        exists (select 1 from note_deviations d where d.note_id = n.id and d.type = 'PAINFUL_COMPRESSION'),
        exists (select 1 from note_deviations d where d.note_id = n.id and d.type = 'FORCED_STRETCH'),
        exists (select 1 from note_deviations d where d.note_id = n.id and d.type = 'HEAT_OUT_OF_RANGE'),
        cast(extract(epoch from n.session_at) as bigint) * 16 + n.pain_before
    from treatment_notes n
    where n.id = note and n.status = 'SIGNED'
    on conflict do nothing
    returning * into s;
    if s.note_id is null then
        return;
    end if;
    insert into outcome_clients as c
    values (s.client_id, s.session_at, s.session_at, 1, case when s.pain_before is null then 0 else 1 end,
        s.pain_key, s.pain_key)
    on conflict (client_id) do update set first_at = least(c.first_at, excluded.first_at),
        last_at = greatest(c.last_at, excluded.last_at), sessions = c.sessions + 1, rated = c.rated + excluded.rated,
        first_pain_key = least(c.first_pain_key, excluded.first_pain_key),
        latest_pain_key = greatest(c.latest_pain_key, excluded.latest_pain_key);
    insert into outcome_client_months as m
    values (s.client_id, date_trunc('month', s.session_at, 'UTC'), 1,
        case when s.pain_before is null then 0 else 1 end, coalesce(s.pain_before, 0),
        case when s.painful or s.forced or s.heat then 1 else 0 end, s.pain_key, s.pain_key)
    on conflict (client_id, month) do update set sessions = m.sessions + 1, rated = m.rated + excluded.rated,
        pain_sum = m.pain_sum + excluded.pain_sum, deviating = m.deviating + excluded.deviating,
        first_pain_key = least(m.first_pain_key, excluded.first_pain_key),
        latest_pain_key = greatest(m.latest_pain_key, excluded.latest_pain_key);
    insert into outcome_therapist_months as m
    values (s.therapist_id, date_trunc('month', s.session_at, 'UTC'), 1,
        case when s.painful or s.forced or s.heat then 1 else 0 end, case when s.painful then 1 else 0 end,
        case when s.forced then 1 else 0 end, case when s.heat then 1 else 0 end)
    on conflict (therapist_id, month) do update set sessions = m.sessions + 1,
        deviating = m.deviating + excluded.deviating, painful = m.painful + excluded.painful,
        forced = m.forced + excluded.forced, heat = m.heat + excluded.heat;
    for t in
        insert into outcome_treatments
        select n.id, pm.trigger_point_id, n.therapist_id, n.session_at, p.muscle_code, n.complaint_region,
            pm.ppt_before_kpa,
            cast(extract(epoch from n.session_at) as bigint) * 2097152 + cast(round(pm.ppt_before_kpa * 1000) as bigint)
        from treatment_notes n
        join note_point_measurements pm on pm.note_id = n.id
        join trigger_points p on p.id = pm.trigger_point_id
        where n.id = note and n.status = 'SIGNED'
        on conflict do nothing
        returning *
    loop
        insert into outcome_points as p
        values (t.trigger_point_id, t.session_at, t.session_at, case when t.ppt_key is null then 0 else 1 end,
            t.ppt_key, t.ppt_key)
        on conflict (trigger_point_id) do update set first_at = least(p.first_at, excluded.first_at),
            last_at = greatest(p.last_at, excluded.last_at), measured = p.measured + excluded.measured,
            first_ppt_key = least(p.first_ppt_key, excluded.first_ppt_key),
            latest_ppt_key = greatest(p.latest_ppt_key, excluded.latest_ppt_key);
        insert into outcome_point_months as m
        values (t.trigger_point_id, date_trunc('month', t.session_at, 'UTC'),
            case when t.ppt_key is null then 0 else 1 end, t.ppt_key, t.ppt_key)
        on conflict (trigger_point_id, month) do update set measured = m.measured + excluded.measured,
            first_ppt_key = least(m.first_ppt_key, excluded.first_ppt_key),
            latest_ppt_key = greatest(m.latest_ppt_key, excluded.latest_ppt_key);
    end loop;
end $$;

create function record_outcome_point_change(change uuid) returns void language plpgsql as $$
begin
    with written as (
        insert into outcome_point_changes
        select c.id, c.trigger_point_id, c.changed_at, c.changed_by, p.muscle_code, c.from_status = 'ACTIVE',
            case when c.from_status = 'ACTIVE' then
                (select count(*) from note_point_measurements m join treatment_notes n on n.id = m.note_id
                 where m.trigger_point_id = c.trigger_point_id and n.status = 'SIGNED'
                     and n.signed_at > before.changed_at and n.signed_at <= c.changed_at)
            end
        from trigger_point_status_changes c
        join trigger_points p on p.id = c.trigger_point_id
        join trigger_point_status_changes before on before.trigger_point_id = c.trigger_point_id
            and before.seq = c.seq - 1
        where c.id = change
            and ((c.from_status = 'ACTIVE' and c.to_status in ('LATENT', 'RESOLVED'))
                 or (c.from_status in ('LATENT', 'RESOLVED') and c.to_status = 'ACTIVE'))
        on conflict do nothing
        returning *
    )
    insert into outcome_change_months as m
    select date_trunc('month', changed_at, 'UTC'), deactivated, coalesce(sessions, 0), 1 from written
    on conflict (month, deactivated, sessions) do update set changes = m.changes + 1;
end $$;

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

-- The summaries of those facts.
insert into outcome_clients
select client_id, min(session_at), max(session_at), count(*), count(pain_before), min(pain_key), max(pain_key)
from outcome_sessions group by client_id;

insert into outcome_client_months
select client_id, date_trunc('month', session_at, 'UTC'), count(*), count(pain_before), coalesce(sum(pain_before), 0),
    count(*) filter (where painful or forced or heat), min(pain_key), max(pain_key)
from outcome_sessions group by 1, 2;

insert into outcome_therapist_months
select therapist_id, date_trunc('month', session_at, 'UTC'), count(*), count(*) filter (where painful or forced or heat),
    count(*) filter (where painful), count(*) filter (where forced), count(*) filter (where heat)
from outcome_sessions group by 1, 2;

insert into outcome_points
select trigger_point_id, min(session_at), max(session_at), count(ppt_before_kpa), min(ppt_key), max(ppt_key)
from outcome_treatments group by trigger_point_id;

insert into outcome_point_months
select trigger_point_id, date_trunc('month', session_at, 'UTC'), count(ppt_before_kpa), min(ppt_key), max(ppt_key)
from outcome_treatments group by 1, 2;
