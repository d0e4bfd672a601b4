-- A note is signed only when it is complete: the pain the client came in with, and at least one treated point or the
-- therapist's reason why no point was treated (for example: assessment only, treatment postponed for a fever).
alter table treatment_notes add column no_points_reason varchar(1000);
