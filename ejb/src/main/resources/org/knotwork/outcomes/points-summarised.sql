-- points.sql without filters, from the summaries where they are exact (as in clients-summarised.sql). The median of
-- the sessions deactivations took comes from their counts by number of sessions, as percentile_cont(0.5) computes
-- it: the mean of the values at the positions (n - 1) / 2 and n / 2 (from 0, rounded down) of the n sorted values.
with straddling as (
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
        join straddling p on p.trigger_point_id = m.trigger_point_id
        where m.month >= :lo and m.month < :hi
        union all
        select t.trigger_point_id, case when t.ppt_key is null then 0 else 1 end, t.ppt_key, t.ppt_key
        from outcome_treatments t
        join straddling p on p.trigger_point_id = t.trigger_point_id
        where (t.session_at >= :from and t.session_at < :lo) or (t.session_at >= :hi and t.session_at < :to)
    ) parts
    group by trigger_point_id
),
change_counts as (
    select deactivated, sessions, changes
    from outcome_change_months
    where month >= :lo and month < :hi
    union all
    select deactivated, coalesce(sessions, 0), 1
    from outcome_point_changes
    where (changed_at >= :from and changed_at < :lo) or (changed_at >= :hi and changed_at < :to)
),
deactivation_sessions as (
    select sessions, sum(changes) over (order by sessions) as upto, sum(changes) over () as total
    from (select sessions, sum(changes) as changes from change_counts where deactivated group by sessions) counts
)
select p.treated, p.ppt_evaluated, p.ppt_change_mean_kpa, p.ppt_change_median_kpa,
    (select coalesce(sum(changes), 0) from change_counts where deactivated) as deactivated,
    (select cast(min(sessions) filter (where upto > div(total - 1, 2))
            + min(sessions) filter (where upto > div(total, 2)) as double precision) / 2
     from deactivation_sessions) as sessions_to_deactivate_median,
    (select coalesce(sum(changes), 0) from change_counts where not deactivated) as recurrences
from (
    select count(*) as treated,
        count(*) filter (where measured >= 2) as ppt_evaluated,
        avg(ppt_change) filter (where measured >= 2) / 1000 as ppt_change_mean_kpa,
        percentile_cont(0.5) within group (order by ppt_change) filter (where measured >= 2) / 1000
            as ppt_change_median_kpa
    from per_point
) p
