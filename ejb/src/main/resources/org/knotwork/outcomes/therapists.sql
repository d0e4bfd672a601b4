-- Each therapist's sessions in the period and those with a followed protocol deviation, from the facts under the
-- owner's filters.
select s.therapist_id, min(u.display_name) as name,
    count(*) as sessions,
    count(*) filter (where s.painful or s.forced or s.heat) as deviating,
    count(*) filter (where s.painful) as painful_compression,
    count(*) filter (where s.forced) as forced_stretch,
    count(*) filter (where s.heat) as heat_out_of_range
from outcome_sessions_in(:from, :to, :therapist, :muscle, :complaint) s
join users u on u.id = s.therapist_id
group by s.therapist_id
