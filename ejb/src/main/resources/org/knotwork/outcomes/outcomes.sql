-- The practice's outcome figures for one period, as one statement over the outcome facts of V11 (signed sessions,
-- treated points, deactivations and recurrences). OutcomeQueries replaces each /*filter*/ marker with its condition
-- when that filter is given (or with nothing) and binds the named values. Every figure is defined in
-- docs/outcomes.md. First and latest values are min() and max() of the facts' keys, which put the moment in the
-- high digits and the value in the low ones: hash aggregates, no sorting of a year of sessions.
with notes as materialized (
    select s.note_id, s.client_id, s.therapist_id, s.session_at, s.pain_before, s.pain_key,
        s.painful or s.forced or s.heat as deviating, s.painful, s.forced, s.heat
    from outcome_sessions s
    where s.session_at >= :from and s.session_at < :to
        /*therapist*/ /*complaint*/ /*muscle*/
),
treatments as (
    select t.trigger_point_id, t.ppt_before_kpa, t.ppt_key
    from outcome_treatments t
    where t.session_at >= :from and t.session_at < :to
        /*treated by*/ /*treated complaint*/ /*treated muscle*/
),
per_client as (
    select client_id, count(*) as sessions, count(pain_before) as rated,
        max(pain_key) % 16 - min(pain_key) % 16 as pain_change
    from notes
    group by client_id
),
per_point as (
    select trigger_point_id, count(ppt_before_kpa) as measured,
        max(ppt_key) % 2097152 - min(ppt_key) % 2097152 as ppt_change
    from treatments
    group by trigger_point_id
),
changes as materialized (
    select c.changed_at, c.deactivated, c.sessions
    from outcome_point_changes c
    where c.changed_at >= :from and c.changed_at < :to
        /*changed by*/ /*changed muscle*/ /*changed complaint*/
),
client_months as (
    select date_trunc('month', session_at at time zone :zone) as month, client_id, count(*) as sessions,
        count(pain_before) as rated, sum(pain_before) as pain, count(*) filter (where deviating) as deviating
    from notes
    group by 1, 2
),
months as (
    select month, sum(sessions) as sessions, count(*) as clients, sum(pain) / nullif(sum(rated), 0) as mean_pain,
        sum(deviating) as deviating
    from client_months
    group by month
),
monthly_changes as (
    select date_trunc('month', changed_at at time zone :zone) as month,
        count(*) filter (where deactivated) as deactivated, count(*) filter (where not deactivated) as recurred
    from changes
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
    count(*), count(*) filter (where measured >= 2), avg(ppt_change) filter (where measured >= 2) / 1000,
    percentile_cont(0.5) within group (order by ppt_change) filter (where measured >= 2) / 1000,
    (select count(*) from changes where deactivated),
    (select percentile_cont(0.5) within group (order by sessions) from changes where deactivated),
    (select count(*) from changes where not deactivated), null
from per_point
union all
select 'THERAPIST', cast(n.therapist_id as varchar), min(u.display_name),
    count(*), count(*) filter (where n.deviating), count(*) filter (where n.painful),
    count(*) filter (where n.forced), count(*) filter (where n.heat), null, null, null
from notes n
join users u on u.id = n.therapist_id
group by n.therapist_id
union all
select 'MONTH', to_char(coalesce(m.month, c.month), 'YYYY-MM'), null,
    coalesce(m.sessions, 0), coalesce(m.clients, 0), m.mean_pain, coalesce(m.deviating, 0),
    coalesce(c.deactivated, 0), coalesce(c.recurred, 0), null, null
from months m
full join monthly_changes c on c.month = m.month
