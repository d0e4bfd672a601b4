-- The practice's outcome figures for one period without filters, from the summaries of V11 where they are exact:
-- a client or point whose whole history lies in the period is its one summary row; the others are summed from their
-- month rows over the period's whole UTC months, :lo up to :hi, and from the facts for the partial months before :lo
-- and from :hi on (none when the period is whole months; OutcomeQueries sets :lo = :hi = :to when it holds no whole
-- month). First and latest values are min() and max() of keys, which combine across all three. Figures and columns
-- are those of outcomes.sql. The months chart adds up the summary months as they are, right only when the clinic's
-- months are UTC months: OutcomeQueries uses this statement only then.
with straddling_clients as (
    select client_id
    from outcome_clients
    where first_at < :to and last_at >= :from and (first_at < :from or last_at >= :to)
),
per_client as (
    select sessions, rated, latest_pain_key % 16 - first_pain_key % 16 as pain_change
    from outcome_clients
    where first_at >= :from and last_at < :to
    union all
    select sum(sessions), sum(rated), max(latest_pain_key) % 16 - min(first_pain_key) % 16
    from (
        select m.client_id, m.sessions, m.rated, m.first_pain_key, m.latest_pain_key
        from outcome_client_months m
        join straddling_clients c on c.client_id = m.client_id
        where m.month >= :lo and m.month < :hi
        union all
        select s.client_id, 1, case when s.pain_key is null then 0 else 1 end, s.pain_key, s.pain_key
        from outcome_sessions s
        join straddling_clients c on c.client_id = s.client_id
        where (s.session_at >= :from and s.session_at < :lo) or (s.session_at >= :hi and s.session_at < :to)
    ) parts
    group by client_id
),
straddling_points as (
    select trigger_point_id
    from outcome_points
    where first_at < :to and last_at >= :from and (first_at < :from or last_at >= :to)
),
per_point as (
    select measured, latest_ppt_key % 2097152 - first_ppt_key % 2097152 as ppt_change
    from outcome_points
    where first_at >= :from and last_at < :to
    union all
    select sum(measured), max(latest_ppt_key) % 2097152 - min(first_ppt_key) % 2097152
    from (
        select m.trigger_point_id, m.measured, m.first_ppt_key, m.latest_ppt_key
        from outcome_point_months m
        join straddling_points p on p.trigger_point_id = m.trigger_point_id
        where m.month >= :lo and m.month < :hi
        union all
        select t.trigger_point_id, case when t.ppt_key is null then 0 else 1 end, t.ppt_key, t.ppt_key
        from outcome_treatments t
        join straddling_points p on p.trigger_point_id = t.trigger_point_id
        where (t.session_at >= :from and t.session_at < :lo) or (t.session_at >= :hi and t.session_at < :to)
    ) parts
    group by trigger_point_id
),
therapists as (
    select therapist_id, sum(sessions) as sessions, sum(deviating) as deviating, sum(painful) as painful,
        sum(forced) as forced, sum(heat) as heat
    from (
        select therapist_id, sessions, deviating, painful, forced, heat
        from outcome_therapist_months
        where month >= :lo and month < :hi
        union all
        select therapist_id, 1, case when painful or forced or heat then 1 else 0 end, case when painful then 1 else 0 end,
            case when forced then 1 else 0 end, case when heat then 1 else 0 end
        from outcome_sessions
        where (session_at >= :from and session_at < :lo) or (session_at >= :hi and session_at < :to)
    ) parts
    group by therapist_id
),
-- Whole months from their client rows, partial months (never one of those) from the facts.
months as (
    select month, sum(sessions) as sessions, count(*) as clients,
        cast(sum(pain_sum) as numeric) / nullif(sum(rated), 0) as mean_pain, sum(deviating) as deviating
    from outcome_client_months
    where month >= :lo and month < :hi
    group by month
    union all
    select month, sum(sessions), count(*), sum(pain_sum) / nullif(sum(rated), 0), sum(deviating)
    from (
        select date_trunc('month', session_at, 'UTC') as month, client_id, count(*) as sessions,
            count(pain_before) as rated, sum(pain_before) as pain_sum,
            count(*) filter (where painful or forced or heat) as deviating
        from outcome_sessions
        where (session_at >= :from and session_at < :lo) or (session_at >= :hi and session_at < :to)
        group by 1, 2
    ) client_months
    group by month
),
-- Deactivations (with the sessions each took) and recurrences, counted by month.
change_months as (
    select month, deactivated, sessions, changes
    from outcome_change_months
    where month >= :lo and month < :hi
    union all
    select date_trunc('month', changed_at, 'UTC'), deactivated, coalesce(sessions, 0), 1
    from outcome_point_changes
    where (changed_at >= :from and changed_at < :lo) or (changed_at >= :hi and changed_at < :to)
),
monthly_changes as (
    select month, sum(changes) filter (where deactivated) as deactivated,
        sum(changes) filter (where not deactivated) as recurred
    from change_months
    group by month
),
-- The median of the sessions deactivations took, as percentile_cont(0.5) computes it: the mean of the values at
-- the positions (n - 1) / 2 and n / 2 (from 0, rounded down) of the n sorted values.
deactivation_sessions as (
    select sessions, sum(changes) over (order by sessions) as upto, sum(changes) over () as total
    from (select sessions, sum(changes) as changes from change_months where deactivated group by sessions) counts
),
change_figures as (
    select (select coalesce(sum(changes), 0) from change_months where deactivated) as deactivated,
        (select cast(min(sessions) filter (where upto > div(total - 1, 2))
                + min(sessions) filter (where upto > div(total, 2)) as double precision) / 2
         from deactivation_sessions) as sessions_median,
        (select coalesce(sum(changes), 0) from change_months where not deactivated) as recurred
)
select 'CLIENTS' as kind, null as key, null as label,
    count(*) as n1, sum(sessions) as n2, count(*) filter (where rated >= 2) as n3,
    count(*) filter (where sessions = 1) as n4, count(*) filter (where rated = 0) as n5,
    avg(pain_change) filter (where rated >= 2) as n6,
    percentile_cont(0.5) within group (order by pain_change) filter (where rated >= 2) as n7,
    count(*) filter (where rated >= 2 and pain_change <= -2) as n8
from per_client
union all
select 'POINTS', null, null, p.treated, p.measured, p.ppt_change_mean, p.ppt_change_median,
    c.deactivated, c.sessions_median, c.recurred, null
from (
    select count(*) as treated, count(*) filter (where measured >= 2) as measured,
        avg(ppt_change) filter (where measured >= 2) / 1000 as ppt_change_mean,
        percentile_cont(0.5) within group (order by ppt_change) filter (where measured >= 2) / 1000
            as ppt_change_median
    from per_point
) p
cross join change_figures c
union all
select 'THERAPIST', cast(t.therapist_id as varchar), u.display_name,
    t.sessions, t.deviating, t.painful, t.forced, t.heat, null, null, null
from therapists t
join users u on u.id = t.therapist_id
union all
select 'MONTH', to_char(coalesce(m.month, c.month), 'YYYY-MM'), null,
    coalesce(m.sessions, 0), coalesce(m.clients, 0), m.mean_pain, coalesce(m.deviating, 0),
    coalesce(c.deactivated, 0), coalesce(c.recurred, 0), null, null
from months m
full join monthly_changes c on c.month = m.month
