-- The practice's outcome figures for one period, as one statement. OutcomeQueries replaces each /*filter*/ marker
-- with its condition when that filter is given (or with nothing) and binds the :named values.
-- Only signed notes count: a draft may still change. Every figure is defined in docs/outcomes.md.
with notes as materialized (
    select n.id, n.client_id, n.therapist_id, n.session_at, n.pain_before
    from treatment_notes n
    where n.status = 'SIGNED' and n.session_at >= :from and n.session_at < :to
        /*therapist*/ /*complaint*/ /*muscle*/
),
treatments as materialized (
    select m.trigger_point_id, m.ppt_before_kpa, n.session_at, n.id as note_id
    from notes n
    join note_point_measurements m on m.note_id = n.id
    /*treated muscle*/
),
per_client as (
    select client_id, count(*) as sessions, count(pain_before) as rated,
        (array_agg(pain_before order by session_at desc, id desc) filter (where pain_before is not null))[1]
        - (array_agg(pain_before order by session_at, id) filter (where pain_before is not null))[1] as pain_change
    from notes
    group by client_id
),
per_point as (
    select trigger_point_id, count(ppt_before_kpa) as measured,
        (array_agg(ppt_before_kpa order by session_at desc, note_id desc) filter (where ppt_before_kpa is not null))[1]
        - (array_agg(ppt_before_kpa order by session_at, note_id) filter (where ppt_before_kpa is not null))[1]
            as ppt_change
    from treatments
    group by trigger_point_id
),
changes as materialized (
    select c.trigger_point_id, c.from_status, c.to_status, c.changed_at, c.changed_by,
        lag(c.changed_at) over (partition by c.trigger_point_id order by c.seq) as since
    from trigger_point_status_changes c
    where c.trigger_point_id in (select trigger_point_id from per_point)
),
deactivations as (
    select ch.changed_at,
        (select count(*) from note_point_measurements m join treatment_notes n on n.id = m.note_id
         where m.trigger_point_id = ch.trigger_point_id and n.status = 'SIGNED'
             and n.signed_at > ch.since and n.signed_at <= ch.changed_at) as sessions
    from changes ch
    where ch.from_status = 'ACTIVE' and ch.to_status in ('LATENT', 'RESOLVED')
        and ch.changed_at >= :from and ch.changed_at < :to /*changed by*/
),
recurrences as (
    select ch.changed_at
    from changes ch
    where ch.from_status in ('LATENT', 'RESOLVED') and ch.to_status = 'ACTIVE'
        and ch.changed_at >= :from and ch.changed_at < :to /*changed by*/
),
deviating as (
    select d.note_id,
        bool_or(d.type = 'PAINFUL_COMPRESSION') as painful,
        bool_or(d.type = 'FORCED_STRETCH') as forced,
        bool_or(d.type = 'HEAT_OUT_OF_RANGE') as heat
    from note_deviations d
    join notes n on n.id = d.note_id
    /*deviation muscle*/
    where d.type in ('PAINFUL_COMPRESSION', 'FORCED_STRETCH', 'HEAT_OUT_OF_RANGE')
    group by d.note_id
),
months as (
    select date_trunc('month', n.session_at at time zone :zone) as month, count(*) as sessions,
        count(distinct n.client_id) as clients, avg(n.pain_before) as mean_pain, count(d.note_id) as deviating
    from notes n
    left join deviating d on d.note_id = n.id
    group by 1
),
monthly_changes as (
    select date_trunc('month', changed_at at time zone :zone) as month, count(*) filter (where deactivated) as deactivated,
        count(*) filter (where not deactivated) as recurred
    from (select changed_at, true as deactivated from deactivations
          union all select changed_at, false from recurrences) c
    group by 1
)
select 'CLIENTS' as kind, null as key, null as label,
    count(*) as n1, sum(sessions) as n2, count(*) filter (where rated >= 2) as n3,
    count(*) filter (where sessions = 1) as n4, count(*) filter (where rated = 0) as n5,
    avg(pain_change) filter (where rated >= 2) as n6,
    percentile_cont(0.5) within group (order by pain_change) filter (where rated >= 2) as n7,
    count(*) filter (where rated >= 2 and pain_change <= -2) as n8
from per_client
union all
select 'POINTS', null, null,
    count(*), count(*) filter (where measured >= 2), avg(ppt_change) filter (where measured >= 2),
    percentile_cont(0.5) within group (order by ppt_change) filter (where measured >= 2),
    (select count(*) from deactivations),
    (select percentile_cont(0.5) within group (order by sessions) from deactivations),
    (select count(*) from recurrences), null
from per_point
union all
select 'THERAPIST', cast(n.therapist_id as varchar), min(u.display_name),
    count(*), count(d.note_id), count(*) filter (where d.painful), count(*) filter (where d.forced),
    count(*) filter (where d.heat), null, null, null
from notes n
join users u on u.id = n.therapist_id
left join deviating d on d.note_id = n.id
group by n.therapist_id
union all
select 'MONTH', to_char(coalesce(m.month, c.month), 'YYYY-MM'), null,
    coalesce(m.sessions, 0), coalesce(m.clients, 0), m.mean_pain, coalesce(m.deviating, 0),
    coalesce(c.deactivated, 0), coalesce(c.recurred, 0), null, null
from months m
full join monthly_changes c on c.month = m.month
