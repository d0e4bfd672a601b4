-- A chart lists the client's ten latest sessions, newest first and, at the same moment, by id. With the id in the
-- index PostgreSQL reads those ten in order and stops; with (client_id, session_at) alone, sessions at the same
-- moment had to be sorted together, and each one's deviation count was worked out before the sort.
create index treatment_notes_client_latest_idx on treatment_notes (client_id, session_at desc, id);
drop index treatment_notes_client_session_idx;
