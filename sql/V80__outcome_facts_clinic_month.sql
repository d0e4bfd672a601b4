-- Each session and status-change fact carries its month in the clinic's zone (the zone of outcome_summary_zone, V70),
-- worked out once when the fact is written, instead of by date_trunc(..., zone) each time a dashboard groups a
-- period by month. Converting a moment to a month in a named zone costs PostgreSQL a few microseconds per row (about
-- a second per 200 000 sessions on the loaded two-core machine of docs/performance.md, against 50 ms to read them),
-- in UTC as much as in Berlin, and a filtered dashboard did it for every session and change of its period. When the
-- practice changes its zone, rebuild_outcome_summaries works the months out again, in the same transaction that
-- rebuilds the month summaries, so facts and summaries always agree on the zone.

alter table outcome_sessions add column month timestamptz;
alter table outcome_point_changes add column month timestamptz;

drop index outcome_sessions_session_idx, outcome_sessions_therapist_idx, outcome_sessions_complaint_idx,
    outcome_point_changes_changed_idx;

-- In slices (by the first byte of the note's id), so that no statement of a busy practice's migration comes near the
-- application's statement limit (KnotworkDatabase: 10 s, on a loaded machine the whole update took longer).
update outcome_sessions set month = date_trunc('month', session_at, (select zone from outcome_summary_zone))
    where get_byte(uuid_send(note_id), 0) between 0 and 31;
update outcome_sessions set month = date_trunc('month', session_at, (select zone from outcome_summary_zone))
    where get_byte(uuid_send(note_id), 0) between 32 and 63;
update outcome_sessions set month = date_trunc('month', session_at, (select zone from outcome_summary_zone))
    where get_byte(uuid_send(note_id), 0) between 64 and 95;
update outcome_sessions set month = date_trunc('month', session_at, (select zone from outcome_summary_zone))
    where get_byte(uuid_send(note_id), 0) between 96 and 127;
update outcome_sessions set month = date_trunc('month', session_at, (select zone from outcome_summary_zone))
    where get_byte(uuid_send(note_id), 0) between 128 and 159;
update outcome_sessions set month = date_trunc('month', session_at, (select zone from outcome_summary_zone))
    where get_byte(uuid_send(note_id), 0) between 160 and 191;
update outcome_sessions set month = date_trunc('month', session_at, (select zone from outcome_summary_zone))
    where get_byte(uuid_send(note_id), 0) between 192 and 223;
update outcome_sessions set month = date_trunc('month', session_at, (select zone from outcome_summary_zone))
    where get_byte(uuid_send(note_id), 0) between 224 and 255;
update outcome_point_changes set month = date_trunc('month', changed_at, (select zone from outcome_summary_zone));

alter table outcome_sessions alter column month set not null;
alter table outcome_point_changes alter column month set not null;

-- V11's and V70's covering indexes, now with the month, so the months statement reads them alone.
create index outcome_sessions_session_idx on outcome_sessions (session_at)
    include (client_id, therapist_id, pain_before, complaint_region, painful, forced, heat, pain_key, month);
create index outcome_sessions_therapist_idx on outcome_sessions (therapist_id, session_at)
    include (note_id, client_id, pain_before, complaint_region, painful, forced, heat, pain_key, month);
create index outcome_sessions_complaint_idx on outcome_sessions (complaint_region, session_at)
    include (note_id, client_id, therapist_id, pain_before, painful, forced, heat, pain_key, month);
create index outcome_point_changes_changed_idx on outcome_point_changes (changed_at)
    include (trigger_point_id, changed_by, muscle_code, deactivated, sessions, month);

create or replace function record_outcome_session(note uuid) returns void language plpgsql as $$
declare
    s outcome_sessions;
    t outcome_treatments;
    zone text;
begin
    zone := outcome_months_zone();
    insert into outcome_sessions (note_id, client_id, therapist_id, session_at, pain_before, complaint_region,
        painful, forced, heat, pain_key, month)
    select n.id, n.client_id, n.therapist_id, n.session_at, n.pain_before, n.complaint_region,
        exists (select 1 from note_deviations d where d.note_id = n.id and d.type = 'PAINFUL_COMPRESSION'),
        exists (select 1 from note_deviations d where d.note_id = n.id and d.type = 'FORCED_STRETCH'),
        exists (select 1 from note_deviations d where d.note_id = n.id and d.type = 'HEAT_OUT_OF_RANGE'),
        cast(extract(epoch from n.session_at) as bigint) * 16 + n.pain_before,
        date_trunc('month', n.session_at, zone)
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
    values (s.client_id, s.month, 1,
        case when s.pain_before is null then 0 else 1 end, coalesce(s.pain_before, 0),
        case when s.painful or s.forced or s.heat then 1 else 0 end, s.pain_key, s.pain_key)
    on conflict (client_id, month) do update set sessions = m.sessions + 1, rated = m.rated + excluded.rated,
        pain_sum = m.pain_sum + excluded.pain_sum, deviating = m.deviating + excluded.deviating,
        first_pain_key = least(m.first_pain_key, excluded.first_pain_key),
        latest_pain_key = greatest(m.latest_pain_key, excluded.latest_pain_key);
    insert into outcome_therapist_months as m
    values (s.therapist_id, s.month, 1,
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
        values (t.trigger_point_id, s.month, case when t.ppt_key is null then 0 else 1 end, t.ppt_key, t.ppt_key)
        on conflict (trigger_point_id, month) do update set measured = m.measured + excluded.measured,
            first_ppt_key = least(m.first_ppt_key, excluded.first_ppt_key),
            latest_ppt_key = greatest(m.latest_ppt_key, excluded.latest_ppt_key);
    end loop;
end $$;

create or replace function record_outcome_point_change(change uuid) returns void language plpgsql as $$
declare
    c outcome_point_changes;
    zone text;
begin
    zone := outcome_months_zone();
    insert into outcome_point_changes (status_change_id, trigger_point_id, changed_at, changed_by, muscle_code,
        deactivated, sessions, month)
    select sc.id, sc.trigger_point_id, sc.changed_at, sc.changed_by, p.muscle_code, sc.from_status = 'ACTIVE',
        case when sc.from_status = 'ACTIVE' then
            (select count(*) from note_point_measurements m join treatment_notes n on n.id = m.note_id
             where m.trigger_point_id = sc.trigger_point_id and n.status = 'SIGNED'
                 and n.signed_at > before.changed_at and n.signed_at <= sc.changed_at)
        end,
        date_trunc('month', sc.changed_at, zone)
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
    values (c.month, c.deactivated, coalesce(c.sessions, 0), 1)
    on conflict (month, deactivated, sessions) do update set changes = m.changes + 1;
end $$;

-- As V70's, and the facts' months first. A session's treated points are summarised by the session's month.
create or replace function rebuild_outcome_summaries(new_zone text) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(8030606071110034803);
    update outcome_summary_zone set zone = new_zone;
    update outcome_sessions set month = date_trunc('month', session_at, new_zone);
    update outcome_point_changes set month = date_trunc('month', changed_at, new_zone);
    truncate outcome_client_months, outcome_point_months, outcome_therapist_months, outcome_change_months;
    insert into outcome_client_months
    select client_id, month, count(*), count(pain_before), coalesce(sum(pain_before), 0),
        count(*) filter (where painful or forced or heat), min(pain_key), max(pain_key)
    from outcome_sessions group by 1, 2;
    insert into outcome_therapist_months
    select therapist_id, month, count(*), count(*) filter (where painful or forced or heat),
        count(*) filter (where painful), count(*) filter (where forced), count(*) filter (where heat)
    from outcome_sessions group by 1, 2;
    insert into outcome_point_months
    select trigger_point_id, date_trunc('month', session_at, new_zone), count(ppt_before_kpa), min(ppt_key),
        max(ppt_key)
    from outcome_treatments group by 1, 2;
    insert into outcome_change_months
    select month, deactivated, coalesce(sessions, 0), count(*)
    from outcome_point_changes group by 1, 2, 3;
end $$;
