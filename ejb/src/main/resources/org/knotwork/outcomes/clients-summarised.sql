-- clients.sql without filters, from the summaries of V11/V70 where they are exact: a client whose whole history lies
-- in the period is their one summary row; the others are summed from their month rows over the period's whole months
-- of the clinic's zone, :lo up to :hi, and from the facts for the partial months before :lo and from :hi on (none
-- when the period is whole months; :lo = :hi = :to when it holds no whole month). min() and max() of the keys
-- combine across all three.
with straddling as (
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
        join straddling c on c.client_id = m.client_id
        where m.month >= :lo and m.month < :hi
        union all
        select s.client_id, 1, case when s.pain_key is null then 0 else 1 end, s.pain_key, s.pain_key
        from outcome_sessions s
        join straddling c on c.client_id = s.client_id
        where (s.session_at >= :from and s.session_at < :lo) or (s.session_at >= :hi and s.session_at < :to)
    ) parts
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
