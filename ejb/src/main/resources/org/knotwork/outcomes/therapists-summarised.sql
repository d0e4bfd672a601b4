-- therapists.sql without filters: whole months from the therapists' month rows, partial months from the facts.
with therapists as (
    select therapist_id, sum(sessions) as sessions, sum(deviating) as deviating, sum(painful) as painful,
        sum(forced) as forced, sum(heat) as heat
    from (
        select therapist_id, sessions, deviating, painful, forced, heat
        from outcome_therapist_months
        where month >= :lo and month < :hi
        union all
        select therapist_id, 1, case when painful or forced or heat then 1 else 0 end,
            case when painful then 1 else 0 end, case when forced then 1 else 0 end, case when heat then 1 else 0 end
        from outcome_sessions
        where (session_at >= :from and session_at < :lo) or (session_at >= :hi and session_at < :to)
    ) parts
    group by therapist_id
)
select t.therapist_id, u.display_name as name, t.sessions, t.deviating, t.painful as painful_compression,
    t.forced as forced_stretch, t.heat as heat_out_of_range
from therapists t
join users u on u.id = t.therapist_id
