-- When a client's recent trauma happened: the clinic's date, and the time when known. Charting and the home-care
-- sheet treat the injury as recent for its first 72 hours (org.knotwork.safety.RecentTrauma) and not after. Clients
-- recorded before have no date: their injury stays recent until the therapist removes it, as before (never less safe).
-- That the date is not in the future, and goes with RECENT_TRAUMA, the client's record checks (Client, InjuryDate).
alter table clients
    add column injury_date date check (injury_date >= date '1900-01-01'),
    add column injury_time time,
    add constraint clients_injury_time_check check (injury_time is null or injury_date is not null),
    add constraint clients_injury_after_birth_check check (injury_date >= date_of_birth);

-- A sheet first issued while the injury was recent keeps heat and pressure off it and says from which day they may
-- be thought of again; its reissues say the same day. Sheets issued before have none and say "until it has healed".
alter table handout_snapshots add column trauma_not_before date;
