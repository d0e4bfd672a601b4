-- The period by calendar month in the clinic's zone, from the facts under the owner's filters. When the facts carry
-- their months in this zone (:months_stored, V80) those are read; otherwise they are worked out here, row by row (the
-- planner keeps only the branch the value chooses).
with client_months as (
    select case when :months_stored then month else date_trunc('month', session_at, :zone) end as month,
        count(*) as sessions, count(pain_before) as rated,
        sum(pain_before) as pain, count(*) filter (where painful or forced or heat) as deviating
    from outcome_sessions_in(:from, :to, :therapist, :muscle, :complaint)
    group by 1, client_id
),
months as (
    select month, sum(sessions) as sessions, count(*) as clients, sum(pain) / nullif(sum(rated), 0) as mean_pain,
        sum(deviating) as deviating
    from client_months
    group by month
),
monthly_changes as (
    select case when :months_stored then month else date_trunc('month', changed_at, :zone) end as month,
        count(*) filter (where deactivated) as deactivated, count(*) filter (where not deactivated) as recurred
    from outcome_changes_in(:from, :to, :therapist, :muscle, :complaint)
    group by 1
)
select to_char(coalesce(m.month, c.month) at time zone :zone, 'YYYY-MM') as month,
    coalesce(m.sessions, 0) as sessions, coalesce(m.clients, 0) as clients, m.mean_pain as mean_pain_before,
    coalesce(m.deviating, 0) as deviating, coalesce(c.deactivated, 0) as deactivated,
    coalesce(c.recurred, 0) as recurrences
from months m
full join monthly_changes c on c.month = m.month
