-- People who sign in, what their roles allow, and the settings of the practice as a whole.
-- Users are never deleted: the audit trail and signed notes keep pointing at their author.

create table users (
    id            uuid         primary key,
    version       integer      not null default 0,
    -- Stored in lower case, so the unique constraint is case-insensitive: "Jo" and "jo" are one person.
    username      varchar(60)  not null unique
        check (username = lower(username) and username ~ '^[a-z0-9][a-z0-9._@-]{1,59}$'),
    display_name  varchar(100) not null check (btrim(display_name) <> ''),
    -- Only salted, iterated PBKDF2 hashes (algorithm:iterations:salt:hash); never a password as typed.
    password_hash varchar(400) not null check (password_hash ~ '^PBKDF2WithHmacSHA(224|256|384|512):[0-9]+:'),
    active        boolean      not null default true,
    failed_logins integer      not null default 0 check (failed_logins >= 0),
    locked_until  timestamptz,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    check (updated_at >= created_at)
);

create table user_roles (
    user_id uuid        not null references users (id),
    role    varchar(20) not null check (role in ('THERAPIST', 'OWNER', 'ADMIN')),
    primary key (user_id, role)
);

-- Exactly one row: the practice's settings. The check on id makes a second row impossible.
create table practice_settings (
    id                               smallint    primary key check (id = 1),
    version                          integer     not null default 0,
    own_clients_only                 boolean     not null default false,
    compression_discomfort_threshold smallint    not null default 3
        check (compression_discomfort_threshold between 0 and 10),
    pressure_unit                    varchar(10) not null default 'KGF_CM2'
        check (pressure_unit in ('KPA', 'KGF_CM2', 'N_CM2'))
);

insert into practice_settings (id) values (1);
