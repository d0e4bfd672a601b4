-- Which therapists look after which client. When the practice keeps clients to their therapists (own_clients_only),
-- a therapist sees a client assigned to them here, or one they have treated under a signed note; nothing else gives
-- access. Owners assign; a therapist who registers a client is assigned to them. Each change is on the audit trail.

create table client_therapists (
    client_id    uuid        not null references clients (id),
    therapist_id uuid        not null references users (id),
    assigned_at  timestamptz not null,
    -- Who assigned them; none for an assignment made by the system (registering a client).
    assigned_by  uuid        references users (id),
    primary key (client_id, therapist_id)
);

-- "My clients": a therapist's list is filtered by these.
create index client_therapists_therapist_idx on client_therapists (therapist_id, client_id);

-- "Treated under a signed note": whether a therapist signed a note for a client.
create index treatment_notes_signed_by_therapist_idx on treatment_notes (therapist_id, client_id)
    where status = 'SIGNED';
