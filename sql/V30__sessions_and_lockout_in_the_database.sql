-- Sign-in state moves out of the application server's memory into the database, so that any instance behind a
-- load balancer serves any request, and a restart or a crash signs nobody out.

-- A signed-in browser holds a random token in its cookie; only the token's SHA-256 is stored, so someone who reads
-- this table cannot take over a session. A row is one session: its step says how far sign-in has come (a password
-- alone may still need the second factor, a forced password change or setting up an authenticator).
create table sign_in_sessions (
    token_hash   varchar(64)  primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    id           uuid         not null unique,
    user_id      uuid         not null references users (id),
    step         varchar(20)  not null check (step in ('SECOND_FACTOR', 'PASSWORD_CHANGE', 'ENROLMENT', 'SIGNED_IN')),
    created_at   timestamptz  not null,
    last_seen_at timestamptz  not null,
    address      varchar(100) not null,
    user_agent   varchar(200),
    check (last_seen_at >= created_at)
);

-- A user's sessions are listed and ended together (password or role changes end the others).
create index sign_in_sessions_user on sign_in_sessions (user_id);

-- Failed sign-ins per typed username, real or not, so that an unknown name locks exactly like a real one and the
-- answers never tell which names exist. In the database so that every instance counts the same attempts, and
-- counted with one atomic statement per attempt (SignInAttempts), so concurrent guesses cannot slip past the limit.
create table sign_in_attempts (
    username     varchar(100) primary key check (username = lower(username)),
    failures     integer      not null check (failures >= 0),
    locked_until timestamptz
);

-- The counters on users counted real accounts only, and lost concurrent updates; sign_in_attempts replaces them.
alter table users drop column failed_logins;
alter table users drop column locked_until;

-- The first administrator and anyone whose password an administrator reset must choose their own at sign-in.
alter table users add column must_change_password boolean not null default false;

-- Readiness writes here: a database that answers but refuses writes (read-only, disk full) is not ready.
create table readiness_probe (
    id         smallint    primary key check (id = 1),
    checked_at timestamptz not null
);
insert into readiness_probe (id, checked_at) values (1, now());

insert into audit_actions (code) values ('SESSION_ENDED'), ('PASSWORD_CHANGED'), ('PASSWORD_RESET');
