-- A trigger point charted in error (a mis-tap, the wrong client) leaves the map but stays on record: who took it
-- off, when and why. Signed notes that treated it keep it as they were signed.
alter table trigger_points
    add column entered_in_error_at     timestamptz,
    add column entered_in_error_by     uuid references users (id),
    add column entered_in_error_reason varchar(500),
    add constraint trigger_points_entered_in_error_whole check (
        (entered_in_error_at is null) = (entered_in_error_by is null)
        and (entered_in_error_at is null) = (entered_in_error_reason is null));

-- A therapist may throw away a draft of theirs (V5's triggers keep refusing to delete a signed note).
insert into audit_actions (code) values ('DRAFT_DISCARDED');
