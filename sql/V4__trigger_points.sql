-- Trigger points charted on a client's body map, and the history of their status.
-- Points persist across visits; a session starts from the client's current points.

create table trigger_points (
    id                    uuid             primary key,
    version               integer          not null default 0,
    client_id             uuid             not null references clients (id),
    muscle_code           varchar(40)      not null references muscles (code),
    side                  varchar(7)       not null check (side in ('LEFT', 'RIGHT', 'MIDLINE')),
    view                  varchar(13)      not null check (view in ('ANTERIOR', 'POSTERIOR', 'LATERAL_LEFT', 'LATERAL_RIGHT')),
    x                     double precision not null check (x between 0 and 1),
    y                     double precision not null check (y between 0 and 1),
    status                varchar(8)       not null check (status in ('ACTIVE', 'LATENT', 'RESOLVED')),
    taut_band             varchar(10)      not null check (taut_band in ('YES', 'NO', 'NOT_TESTED')),
    spot_tenderness       varchar(10)      not null check (spot_tenderness in ('YES', 'NO', 'NOT_TESTED')),
    local_twitch_response varchar(10)      not null check (local_twitch_response in ('YES', 'NO', 'NOT_TESTED')),
    jump_sign             varchar(10)      not null check (jump_sign in ('YES', 'NO', 'NOT_TESTED')),
    referred_pain_found   varchar(10)      not null check (referred_pain_found in ('YES', 'NO', 'NOT_TESTED')),
    recognised_pain       varchar(10)      not null check (recognised_pain in ('YES', 'NO', 'NOT_TESTED')),
    referred_pain         varchar(1000),
    charted_at            timestamptz      not null,
    charted_by            uuid             not null references users (id)
);

-- A chart opens with the client's points.
create index trigger_points_client_idx on trigger_points (client_id);

create table trigger_point_status_changes (
    id               uuid        primary key,
    trigger_point_id uuid        not null references trigger_points (id),
    seq              integer     not null check (seq >= 1),
    from_status      varchar(8)  check (from_status in ('ACTIVE', 'LATENT', 'RESOLVED')),
    to_status        varchar(8)  not null check (to_status in ('ACTIVE', 'LATENT', 'RESOLVED')),
    changed_at       timestamptz not null,
    changed_by       uuid        not null references users (id),
    unique (trigger_point_id, seq),
    check (from_status is distinct from to_status),
    check ((seq = 1) = (from_status is null))
);
