-- Two changes to the outcome figures' SQL (V11):
--
-- 1. The month summaries are kept by the clinic's months, not UTC months. Kept by UTC month, they could not answer a
--    clinic in another time zone, whose dashboard then ran on the facts, three to four times slower. The zone they
--    are kept in is recorded in outcome_summary_zone; the trigger functions read it, and
--    rebuild_outcome_summaries(zone) rebuilds them for another zone (the application calls it at start-up when
--    knotwork.timezone differs from the recorded zone). A shared advisory lock taken by every writer and an
--    exclusive one taken by the rebuild make a rebuild wait for the signings under way, and the signings after it
--    read the new zone, so each fact is summarised exactly once.
--
-- 2. The owner's filters live here once, as the named arguments of three functions that select a period's facts:
--    null means "not filtered", and a given value narrows. They are SQL functions that PostgreSQL inlines into the
--    statements calling them (outcomes/*.sql), so with the values known at planning a given filter becomes an index
--    condition and an absent one disappears. The statements no longer have conditions spliced into their text.

create table outcome_summary_zone (
    only_row boolean primary key default true check (only_row),
    zone     text    not null
);

insert into outcome_summary_zone (zone) values ('UTC');

create function outcome_months_zone() returns text language plpgsql as $$
begin
    perform pg_advisory_xact_lock_shared(8030606071110034803);
    return (select zone from outcome_summary_zone);
end $$;

create or replace function record_outcome_session(note uuid) returns void language plpgsql as $$
declare
    s outcome_sessions;
    t outcome_treatments;
    zone text;
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
    zone := outcome_months_zone();
    insert into outcome_clients as c
    values (s.client_id, s.session_at, s.session_at, 1, case when s.pain_before is null then 0 else 1 end,
        s.pain_key, s.pain_key)
    on conflict (client_id) do update set first_at = least(c.first_at, excluded.first_at),
        last_at = greatest(c.last_at, excluded.last_at), sessions = c.sessions + 1, rated = c.rated + excluded.rated,
        first_pain_key = least(c.first_pain_key, excluded.first_pain_key),
        latest_pain_key = greatest(c.latest_pain_key, excluded.latest_pain_key);
    insert into outcome_client_months as m
    values (s.client_id, date_trunc('month', s.session_at, zone), 1,
        case when s.pain_before is null then 0 else 1 end, coalesce(s.pain_before, 0),
        case when s.painful or s.forced or s.heat then 1 else 0 end, s.pain_key, s.pain_key)
    on conflict (client_id, month) do update set sessions = m.sessions + 1, rated = m.rated + excluded.rated,
        pain_sum = m.pain_sum + excluded.pain_sum, deviating = m.deviating + excluded.deviating,
        first_pain_key = least(m.first_pain_key, excluded.first_pain_key),
        latest_pain_key = greatest(m.latest_pain_key, excluded.latest_pain_key);
    insert into outcome_therapist_months as m
    values (s.therapist_id, date_trunc('month', s.session_at, zone), 1,
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
        values (t.trigger_point_id, date_trunc('month', t.session_at, zone),
            case when t.ppt_key is null then 0 else 1 end, t.ppt_key, t.ppt_key)
        on conflict (trigger_point_id, month) do update set measured = m.measured + excluded.measured,
            first_ppt_key = least(m.first_ppt_key, excluded.first_ppt_key),
            latest_ppt_key = greatest(m.latest_ppt_key, excluded.latest_ppt_key);
    end loop;
end $$;

create or replace function record_outcome_point_change(change uuid) returns void language plpgsql as $$
declare
    c outcome_point_changes;
begin
    insert into outcome_point_changes
    select sc.id, sc.trigger_point_id, sc.changed_at, sc.changed_by, p.muscle_code, sc.from_status = 'ACTIVE',
        case when sc.from_status = 'ACTIVE' then
            (select count(*) from note_point_measurements m join treatment_notes n on n.id = m.note_id
             where m.trigger_point_id = sc.trigger_point_id and n.status = 'SIGNED'
                 and n.signed_at > before.changed_at and n.signed_at <= sc.changed_at)
        end
    from trigger_point_status_changes sc
    join trigger_points p on p.id = sc.trigger_point_id
    join trigger_point_status_changes before on before.trigger_point_id = sc.trigger_point_id
        and before.seq = sc.seq - 1
    where sc.id = change
        and ((sc.from_status = 'ACTIVE' and sc.to_status in ('LATENT', 'RESOLVED'))
             or (sc.from_status in ('LATENT', 'RESOLVED') and sc.to_status = 'ACTIVE'))
    on conflict do nothing
    returning * into c;
    if c.status_change_id is null then
        return;
    end if;
    insert into outcome_change_months as m
    values (date_trunc('month', c.changed_at, outcome_months_zone()), c.deactivated, coalesce(c.sessions, 0), 1)
    on conflict (month, deactivated, sessions) do update set changes = m.changes + 1;
end $$;

create function rebuild_outcome_summaries(new_zone text) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(8030606071110034803);
    update outcome_summary_zone set zone = new_zone;
    truncate outcome_client_months, outcome_point_months, outcome_therapist_months, outcome_change_months;
    insert into outcome_client_months
    select client_id, date_trunc('month', session_at, new_zone), count(*), count(pain_before),
        coalesce(sum(pain_before), 0), count(*) filter (where painful or forced or heat), min(pain_key), max(pain_key)
    from outcome_sessions group by 1, 2;
    insert into outcome_therapist_months
    select therapist_id, date_trunc('month', session_at, new_zone), count(*),
        count(*) filter (where painful or forced or heat), count(*) filter (where painful),
        count(*) filter (where forced), count(*) filter (where heat)
    from outcome_sessions group by 1, 2;
    insert into outcome_point_months
    select trigger_point_id, date_trunc('month', session_at, new_zone), count(ppt_before_kpa), min(ppt_key),
        max(ppt_key)
    from outcome_treatments group by 1, 2;
    insert into outcome_change_months
    select date_trunc('month', changed_at, new_zone), deactivated, coalesce(sessions, 0), count(*)
    from outcome_point_changes group by 1, 2, 3;
end $$;

-- The owner's filters, once. A period's signed sessions: one therapist's, those that treated a point of one muscle,
-- those whose main complaint is filed under one region.
create function outcome_sessions_in(period_from timestamptz, period_to timestamptz, therapist uuid,
        muscle varchar, complaint varchar) returns setof outcome_sessions language sql stable as $$
    select s.*
    from outcome_sessions s
    where s.session_at >= period_from and s.session_at < period_to
        and (therapist is null or s.therapist_id = therapist)
        and (complaint is null or s.complaint_region = complaint)
        and (muscle is null or s.note_id in (
            select m.note_id from outcome_treatments m
            where m.muscle_code = muscle and m.session_at >= period_from and m.session_at < period_to))
$$;

-- The points treated in those sessions; with a muscle filter, only that muscle's points.
create function outcome_treatments_in(period_from timestamptz, period_to timestamptz, therapist uuid,
        muscle varchar, complaint varchar) returns setof outcome_treatments language sql stable as $$
    select t.*
    from outcome_treatments t
    where t.session_at >= period_from and t.session_at < period_to
        and (therapist is null or t.therapist_id = therapist)
        and (complaint is null or t.complaint_region = complaint)
        and (muscle is null or t.muscle_code = muscle)
$$;

-- Deactivations and recurrences recorded in the period: by the therapist, of the muscle's points, of points treated in
-- the period in sessions filed under the complaint.
create function outcome_changes_in(period_from timestamptz, period_to timestamptz, therapist uuid,
        muscle varchar, complaint varchar) returns setof outcome_point_changes language sql stable as $$
    select c.*
    from outcome_point_changes c
    where c.changed_at >= period_from and c.changed_at < period_to
        and (therapist is null or c.changed_by = therapist)
        and (muscle is null or c.muscle_code = muscle)
        and (complaint is null or c.trigger_point_id in (
            select t.trigger_point_id from outcome_treatments t
            where t.complaint_region = complaint and t.session_at >= period_from and t.session_at < period_to))
$$;

-- Each filter reads its own index, and from the index alone (the facts are only ever inserted, so their pages are
-- all-visible once vacuumed): the columns the statements read are included.
create index outcome_sessions_therapist_idx on outcome_sessions (therapist_id, session_at)
    include (note_id, client_id, pain_before, complaint_region, painful, forced, heat, pain_key);
create index outcome_sessions_complaint_idx on outcome_sessions (complaint_region, session_at)
    include (note_id, client_id, therapist_id, pain_before, painful, forced, heat, pain_key);
create index outcome_treatments_therapist_idx on outcome_treatments (therapist_id, session_at)
    include (trigger_point_id, muscle_code, complaint_region, ppt_before_kpa, ppt_key);
create index outcome_treatments_muscle_idx on outcome_treatments (muscle_code, session_at)
    include (note_id, trigger_point_id, therapist_id, complaint_region, ppt_before_kpa, ppt_key);
create index outcome_treatments_complaint_idx on outcome_treatments (complaint_region, session_at)
    include (trigger_point_id, therapist_id, muscle_code, ppt_before_kpa, ppt_key);
