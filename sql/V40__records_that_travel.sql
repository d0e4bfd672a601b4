-- Records that travel (issue #16): outcome questionnaires (PROMs) answered by clients, the questionnaire
-- definitions a practice loads under its own licence, and the practice-wide FHIR bulk exports with their files.
-- Built-in measures (PSFS, PGIC) are defined in Java (org.knotwork.proms); only loaded ones are rows here.

create table questionnaires (
    code        varchar(40)   primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    url         varchar(400)  not null unique check (btrim(url) <> ''),
    title       varchar(200)  not null check (btrim(title) <> ''),
    -- The FHIR Questionnaire as loaded, with its scoring rule (docs/interoperability.md): exported as it is.
    definition  text          not null,
    -- The practice's own statement of the licence it holds for this measure (NDI, ODI, QuickDASH are licensed).
    licence     varchar(500)  not null check (btrim(licence) <> ''),
    loaded_at   timestamptz   not null,
    loaded_by   uuid          not null references users (id)
);

-- One client's answers to one measure on one occasion, scored by the server when recorded. Never changed:
-- a response recorded in error is withdrawn (withdrawn_at, with the reason), and leaves trends and figures.
create table questionnaire_responses (
    id             uuid             primary key,
    client_id      uuid             not null references clients (id),
    -- The session the response was recorded at; none at intake.
    note_id        uuid             references treatment_notes (id),
    measure        varchar(40)      not null check (measure ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    occasion       varchar(7)       not null check (occasion in ('INTAKE', 'SESSION')),
    answered_at    timestamptz      not null,
    recorded_at    timestamptz      not null,
    recorded_by    uuid             not null references users (id),
    -- The items as answered, a JSON array of {"linkId","text","value"}; a skipped item has no value.
    answers        text             not null,
    answered       integer          not null check (answered >= 0),
    -- None when fewer items were answered than the measure needs to be scored.
    score          double precision,
    withdrawn_at   timestamptz,
    withdrawn_why  varchar(500),
    check ((occasion = 'SESSION') = (note_id is not null)),
    check ((withdrawn_at is null) = (withdrawn_why is null))
);

-- A client's trend reads their responses by measure in time order; the owner's figures read a period.
create index questionnaire_responses_client_idx on questionnaire_responses (client_id, measure, answered_at);
create index questionnaire_responses_answered_idx on questionnaire_responses (answered_at);

create function refuse_response_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.withdrawn_at is null and new.withdrawn_at is not null
            and (new.id, new.client_id, new.note_id, new.measure, new.occasion, new.answered_at, new.recorded_at,
                 new.recorded_by, new.answers, new.answered, new.score)
                is not distinct from
                (old.id, old.client_id, old.note_id, old.measure, old.occasion, old.answered_at, old.recorded_at,
                 old.recorded_by, old.answers, old.answered, old.score) then
        return new;
    end if;
    raise exception 'questionnaire responses are kept as answered: % is refused', tg_op
        using errcode = 'integrity_constraint_violation';
end $$;

create trigger questionnaire_responses_are_kept before update or delete on questionnaire_responses
    for each row execute function refuse_response_change();

-- Practice-wide FHIR bulk exports (kick-off, status, files). The job and its files live here, not in a server's
-- memory, so any instance answers the status and serves the files; a running job writes heartbeat_at, and a job
-- whose heartbeat stopped (its server went away) is reported failed.
create table bulk_exports (
    id            uuid         primary key,
    requested_by  uuid         not null references users (id),
    requested_at  timestamptz  not null,
    -- The API's address when the export was asked for: the files' links and the handouts' links are built on it.
    base_url      varchar(400) not null,
    status        varchar(8)   not null check (status in ('QUEUED', 'RUNNING', 'COMPLETE', 'FAILED')),
    heartbeat_at  timestamptz  not null,
    finished_at   timestamptz,
    error         varchar(500),
    check ((status in ('COMPLETE', 'FAILED')) = (finished_at is not null))
);

-- Each file is one resource type's NDJSON in gzip-compressed parts of bounded size, in order.
create table bulk_export_parts (
    export_id      uuid         not null references bulk_exports (id),
    resource_type  varchar(40)  not null check (resource_type ~ '^[A-Z][A-Za-z]+$'),
    part           integer      not null check (part >= 1),
    resources      integer      not null check (resources >= 0),
    bytes          bigint       not null check (bytes >= 0),
    content        bytea        not null,
    primary key (export_id, resource_type, part)
);

insert into audit_actions (code) values
    ('FHIR_EXPORTED'), ('BULK_EXPORT_REQUESTED'), ('BULK_EXPORT_DOWNLOADED'),
    ('CLIENTS_IMPORT_CHECKED'), ('CLIENTS_IMPORTED'), ('QUESTIONNAIRE_LOADED');
