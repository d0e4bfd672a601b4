-- Clients treated in the period and their pain change, from the facts under the owner's filters (any filter, any
-- zone). First and latest ratings are min() and max() of the facts' keys, which put the moment in the high digits
-- and the value in the low ones: hash aggregates, no sorting. Figures defined in docs/outcomes.md.
with per_client as (
    select count(*) as sessions, count(pain_before) as rated, max(pain_key) % 16 - min(pain_key) % 16 as pain_change
    from outcome_sessions_in(:from, :to, :therapist, :muscle, :complaint)
    group by client_id
)
select count(*) as clients,
    coalesce(sum(sessions), 0) as sessions,
    count(*) filter (where rated >= 2) as pain_evaluated,
    count(*) filter (where sessions = 1) as one_session,
    count(*) filter (where rated = 0) as never_rated,
    avg(pain_change) filter (where rated >= 2) as pain_change_mean,
    percentile_cont(0.5) within group (order by pain_change) filter (where rated >= 2) as pain_change_median,
    count(*) filter (where rated >= 2 and pain_change <= -:important_change) as improved
from per_client
