-- Audit lines are written in the transaction of the change they record, so a change that rolls back leaves no line
-- saying it happened. Chaining a line (its id, the previous line's hash, its own hash) needs the chain's lock, and a
-- change's transaction must not hold that lock: every concurrent change would queue behind it. So a line is first
-- inserted here, unchained, by the change's own transaction; the sealer (AuditSealer) moves committed lines into
-- audit_events a fraction of a second later, chaining them in one short transaction under the lock. A line is in one
-- table or the other, never both and never neither: moving it is one transaction.

create table audit_pending (
    id          bigint       generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor_id    uuid,
    actor_name  varchar(100) not null,
    action      varchar(30)  not null references audit_actions (code),
    record_type varchar(40),
    record_id   varchar(100),
    client_id   uuid,
    address     varchar(64)  not null,
    outcome     varchar(7)   not null check (outcome in ('SUCCESS', 'DENIED', 'FAILED')),
    detail      varchar(500),
    -- When the line was inserted by the database's clock: verification reports lines left unsealed for too long.
    recorded_at timestamptz  not null default clock_timestamp()
);

-- The application inserts lines and the sealer takes them out (delete); nothing changes a waiting line.
revoke update, truncate on audit_pending from public, current_user;

create function refuse_pending_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'a waiting audit line is never changed, only sealed into audit_events'
        using errcode = 'insufficient_privilege';
end $$;

create trigger audit_pending_lines_never_change before update on audit_pending
    for each row execute function refuse_pending_audit_change();

-- The chain's head (the newest line's id and hash), noted from time to time. Each checkpoint is also written to the
-- server log, so an operator can keep a copy off the machine: deleting the newest lines of the trail then shows as
-- a checkpoint whose line is gone or differs.
create table audit_checkpoints (
    id        bigint      generated always as identity primary key,
    taken_at  timestamptz not null,
    line_id   bigint      not null,
    line_hash char(64)    not null check (line_hash ~ '^[0-9a-f]{64}$')
);

revoke update, delete, truncate on audit_checkpoints from public, current_user;

create trigger audit_checkpoints_are_append_only before update or delete on audit_checkpoints
    for each row execute function refuse_audit_change();
create trigger audit_checkpoints_are_never_truncated before truncate on audit_checkpoints
    for each statement execute function refuse_audit_change();

insert into audit_actions (code) values ('AUDIT_REPORTED'), ('THERAPISTS_ASSIGNED');
