-- months.sql without filters: whole months from the clients' and changes' month rows (kept by the clinic's months),
-- partial months (never one of those) from the facts, by the months they carry in the same zone (V80).
with months as (
    select month, sum(sessions) as sessions, count(*) as clients,
        cast(sum(pain_sum) as numeric) / nullif(sum(rated), 0) as mean_pain, sum(deviating) as deviating
    from outcome_client_months
    where month >= :lo and month < :hi
    group by month
    union all
    select month, sum(sessions), count(*), sum(pain_sum) / nullif(sum(rated), 0), sum(deviating)
    from (
        select month, client_id, count(*) as sessions,
            count(pain_before) as rated, sum(pain_before) as pain_sum,
            count(*) filter (where painful or forced or heat) as deviating
        from outcome_sessions
        where (session_at >= :from and session_at < :lo) or (session_at >= :hi and session_at < :to)
        group by 1, 2
    ) client_months
    group by month
),
change_months as (
    select month, deactivated, changes
    from outcome_change_months
    where month >= :lo and month < :hi
    union all
    select month, deactivated, 1
    from outcome_point_changes
    where (changed_at >= :from and changed_at < :lo) or (changed_at >= :hi and changed_at < :to)
),
monthly_changes as (
    select month, sum(changes) filter (where deactivated) as deactivated,
        sum(changes) filter (where not deactivated) as recurred
    from change_months
    group by month
)
select to_char(coalesce(m.month, c.month) at time zone :zone, 'YYYY-MM') as month,
    coalesce(m.sessions, 0) as sessions, coalesce(m.clients, 0) as clients, m.mean_pain as mean_pain_before,
    coalesce(m.deviating, 0) as deviating, coalesce(c.deactivated, 0) as deactivated,
    coalesce(c.recurred, 0) as recurrences
from months m
full join monthly_changes c on c.month = m.month
