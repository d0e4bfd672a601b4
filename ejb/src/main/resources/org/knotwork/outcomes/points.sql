-- Points treated in the period, their PPT change, and the deactivations and recurrences recorded in it, from the
-- facts under the owner's filters. PPT keys hold the value in thousandths of a kPa in their low 21 bits.
with per_point as (
    select count(ppt_before_kpa) as measured, max(ppt_key) % 2097152 - min(ppt_key) % 2097152 as ppt_change
    from outcome_treatments_in(:from, :to, :therapist, :muscle, :complaint)
    group by trigger_point_id
),
changes as materialized (
    select deactivated, sessions
    from outcome_changes_in(:from, :to, :therapist, :muscle, :complaint)
)
select p.treated, p.ppt_evaluated, p.ppt_change_mean_kpa, p.ppt_change_median_kpa,
    (select count(*) from changes where deactivated) as deactivated,
    (select percentile_cont(0.5) within group (order by sessions) from changes where deactivated)
        as sessions_to_deactivate_median,
    (select count(*) from changes where not deactivated) as recurrences
from (
    select count(*) as treated,
        count(*) filter (where measured >= 2) as ppt_evaluated,
        avg(ppt_change) filter (where measured >= 2) / 1000 as ppt_change_mean_kpa,
        percentile_cont(0.5) within group (order by ppt_change) filter (where measured >= 2) / 1000
            as ppt_change_median_kpa
    from per_point
) p
