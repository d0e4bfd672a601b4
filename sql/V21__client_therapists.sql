-- Who looks after which client. When the practice keeps clients to their therapists (own_clients_only), a therapist
-- sees a client assigned to them by an owner, or one they have treated under a signed note; nothing else gives
-- access (opening a draft does not). A therapist who registers a client is assigned to them. Assignments are on the
-- audit trail; the treating therapists follow from signed notes, which never change.

create table client_therapists (
    client_id    uuid        not null references clients (id),
    therapist_id uuid        not null references users (id),
    assigned_at  timestamptz not null,
    -- Who assigned them; none when registering the client did.
    assigned_by  uuid        references users (id),
    primary key (client_id, therapist_id)
);

create index client_therapists_therapist_idx on client_therapists (therapist_id, client_id);

-- The therapists who have signed a note for the client: kept by the database itself as a note is signed, whichever
-- path signs it, like the outcome facts (V11). Signed notes never change or go, so neither do these rows.
create table client_treated_by (
    client_id      uuid        not null references clients (id),
    therapist_id   uuid        not null references users (id),
    first_signed_at timestamptz not null,
    primary key (client_id, therapist_id)
);

create index client_treated_by_therapist_idx on client_treated_by (therapist_id, client_id);

insert into client_treated_by (client_id, therapist_id, first_signed_at)
select client_id, therapist_id, min(signed_at) from treatment_notes where status = 'SIGNED'
group by client_id, therapist_id;

create function note_signed_treats_client() returns trigger language plpgsql as $$
begin
    insert into client_treated_by (client_id, therapist_id, first_signed_at)
    values (new.client_id, new.therapist_id, new.signed_at)
    on conflict (client_id, therapist_id) do nothing;
    return null;
end $$;

create trigger treatment_notes_signed_treat_their_client after update of status on treatment_notes
    for each row when (new.status = 'SIGNED' and old.status is distinct from 'SIGNED')
    execute function note_signed_treats_client();
-- Notes written signed in one go (the synthetic practice, a future import) count as well.
create trigger treatment_notes_inserted_signed_treat_their_client after insert on treatment_notes
    for each row when (new.status = 'SIGNED')
    execute function note_signed_treats_client();

-- Everyone who looks after a client, for the access check and for a therapist's list of clients.
create view client_carers as
select client_id, therapist_id from client_therapists
union
select client_id, therapist_id from client_treated_by;
