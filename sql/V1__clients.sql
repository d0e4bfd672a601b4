-- Clients of the practice: intake details and the contraindications charting must warn about.
-- Rows are never deleted: archiving hides a client from lists and keeps the health record.

create table clients (
    id                     uuid         primary key,
    version                integer      not null default 0,
    given_name             varchar(100) not null check (btrim(given_name) <> ''),
    family_name            varchar(100) not null check (btrim(family_name) <> ''),
    date_of_birth          date         check (date_of_birth >= date '1900-01-01'),
    phone                  varchar(30),
    email                  varchar(254),
    referral_source        varchar(200),
    main_complaint         varchar(2000),
    consent_date           date,
    notes                  varchar(4000),
    contraindication_notes varchar(2000),
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    archived_at            timestamptz,
    check (updated_at >= created_at),
    check (archived_at is null or archived_at >= created_at)
);

-- Lists show active clients only and search by the start of either name, case-insensitively.
create index clients_active_family_name_idx on clients (lower(family_name) text_pattern_ops, lower(given_name))
    where archived_at is null;
create index clients_active_given_name_idx on clients (lower(given_name) text_pattern_ops)
    where archived_at is null;

create table client_contraindications (
    client_id uuid        not null references clients (id),
    code      varchar(40) not null check (code in (
        'ANTICOAGULANTS', 'IMPAIRED_SENSATION', 'DIABETIC_NEUROPATHY', 'DVT_HISTORY', 'PREGNANCY',
        'SKIN_LESION', 'RECENT_TRAUMA', 'FEVER', 'CANCER_HISTORY', 'CARDIAC', 'OSTEOPOROSIS')),
    primary key (client_id, code)
);
