-- A draft may hold a compression whose discomfort the client has not given yet: a follow-up session starts from the
-- last session's dosage, but discomfort is asked afresh, and the draft must be on the server from the first thing
-- typed (a copy kept only in the browser is lost with the device). A signed note still needs it: the application
-- refuses to sign without it, and the trigger below refuses it at commit, whoever writes the tables.

-- The unnamed compression check of V5 (PostgreSQL named the table's checks note_episodes_check, _check1, _check2 in
-- the order written: compression, stretch, heat).
alter table note_episodes drop constraint note_episodes_check;
alter table note_episodes add constraint note_episodes_compression_dosage
    check (kind <> 'COMPRESSION' or (hold_seconds is not null and repetitions is not null
                                     and (pressure_level is not null or pressure_kpa is not null)));

create function refuse_signing_without_discomfort() returns trigger language plpgsql as $$
begin
    if new.status = 'SIGNED' and exists (select 1 from note_episodes e
                                         where e.note_id = new.id and e.kind = 'COMPRESSION'
                                           and e.discomfort is null) then
        raise exception 'treatment note % has a compression without the client''s discomfort: it cannot be signed',
            new.id using errcode = 'check_violation';
    end if;
    return new;
end $$;

-- Deferred: the transaction that signs a note may write its episodes after the note's row.
create constraint trigger treatment_notes_signed_have_discomfort after insert or update of status on treatment_notes
    deferrable initially deferred for each row execute function refuse_signing_without_discomfort();
