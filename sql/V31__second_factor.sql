-- A second factor for signing in: a time-based one-time password (RFC 6238) from an authenticator app, and
-- one-time recovery codes for when the phone is lost.

-- The shared secret must be readable to check a code (it is what the app holds too). A secret whose enrolment was
-- started but never confirmed with a code is not used for sign-in. last_used_step is the 30-second step of the
-- last code accepted: a code is accepted only for a later step, so an overheard code cannot be replayed.
create table second_factors (
    user_id        uuid        primary key references users (id),
    secret         varchar(64) not null check (secret ~ '^[A-Z2-7]+$'),
    created_at     timestamptz not null,
    confirmed_at   timestamptz,
    last_used_step bigint
);

-- Recovery codes are random (120 bits), so a plain SHA-256 is enough to make the stored form useless; each is
-- deleted when used, which makes it one-time even between instances.
create table recovery_codes (
    user_id   uuid     not null references users (id),
    code_hash char(64) not null check (code_hash ~ '^[0-9a-f]{64}$'),
    primary key (user_id, code_hash)
);

-- The roles that must sign in with a second factor, chosen by the practice owner.
create table second_factor_roles (
    role varchar(20) primary key check (role in ('THERAPIST', 'OWNER', 'ADMIN'))
);

insert into audit_actions (code) values
    ('SECOND_FACTOR_ENROLLED'), ('SECOND_FACTOR_USED'), ('SECOND_FACTOR_FAILED'), ('SECOND_FACTOR_RESET'),
    ('RECOVERY_CODES_ISSUED'), ('SECOND_FACTOR_POLICY_CHANGED');
