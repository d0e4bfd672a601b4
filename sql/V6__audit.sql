-- The audit trail: every read and write of a client's health data, every sign-in, failed sign-in and change of a
-- user's roles, with who, what, when, from where and the outcome.
-- Append-only: the application's database role may insert and select, nothing else; the triggers refuse changes
-- even where a privilege was granted back. Tamper-evident: each row's hash covers its content and the previous
-- row's hash (the first row's prev_hash is 64 zeros), so an edited, removed or inserted row breaks the chain, which
-- AuditTrail.verify() recomputes.

create table audit_events (
    id          bigint       generated always as identity primary key,
    occurred_at timestamptz  not null,
    -- No foreign key: a failed sign-in may name nobody who exists.
    actor_id    uuid,
    actor_name  varchar(100) not null,
    action      varchar(30)  not null check (action in (
        'READ', 'CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'SIGN', 'AMEND',
        'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'ROLES_CHANGED', 'USER_CREATED', 'USER_DEACTIVATED',
        'AUDIT_LISTED', 'AUDIT_VERIFIED', 'REFUSED_REQUEST')),
    record_type varchar(40),
    record_id   varchar(100),
    client_id   uuid,
    address     varchar(64)  not null,
    outcome     varchar(7)   not null check (outcome in ('SUCCESS', 'DENIED', 'FAILED')),
    detail      varchar(500),
    -- A second row chaining onto the same predecessor would fork the chain: unique.
    prev_hash   char(64)     not null unique check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash        char(64)     not null unique check (hash ~ '^[0-9a-f]{64}$')
);

-- Owners list the audit by period, by user and by client, newest first.
create index audit_events_occurred_idx on audit_events (occurred_at desc, id desc);
create index audit_events_actor_idx on audit_events (actor_id, occurred_at desc) where actor_id is not null;
create index audit_events_client_idx on audit_events (client_id, occurred_at desc) where client_id is not null;

-- The application connects as the user that ran this migration and owns the table. PostgreSQL lets an owner revoke
-- its own privileges, so from here on that user can only insert and read audit rows.
revoke update, delete, truncate on audit_events from public, current_user;

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on audit_events is refused', tg_op
        using errcode = 'insufficient_privilege';
end $$;

create trigger audit_events_are_append_only before update or delete on audit_events
    for each row execute function refuse_audit_change();
create trigger audit_events_are_never_truncated before truncate on audit_events
    for each statement execute function refuse_audit_change();
