-- When a client's recent trauma happened: the clinic's date, and the time when known. Charting and the home-care
-- sheet treat the injury as recent for its first 72 hours (org.knotwork.safety.RecentTrauma) and not after. Clients
-- recorded before have no date: their injury stays recent until the therapist removes it, as before (never less safe).
-- That the date is not in the clinic's future the client's record checks (Client, InjuryDate): a CHECK cannot read
-- the clock.
alter table clients
    add column injury_date date check (injury_date >= date '1900-01-01'),
    add column injury_time time,
    add constraint clients_injury_time_check check (injury_time is null or injury_date is not null),
    add constraint clients_injury_after_birth_check check (injury_date >= date_of_birth);

-- The date belongs to the client's recent trauma: a dated client without RECENT_TRAUMA is refused. Checked at commit
-- (deferred), because a save replaces the contraindication rows and the client's row in whichever order Hibernate
-- flushes them.
create function refuse_injury_date_without_trauma() returns trigger language plpgsql as $$
declare
    client uuid;
begin
    if tg_table_name = 'clients' then
        client := new.id;
    else
        client := old.client_id;
    end if;
    if exists (select 1 from clients c
               where c.id = client and c.injury_date is not null
                 and not exists (select 1 from client_contraindications k
                                 where k.client_id = c.id and k.code = 'RECENT_TRAUMA')) then
        raise exception 'client % has an injury date but no RECENT_TRAUMA', client
            using errcode = 'check_violation';
    end if;
    return null;
end $$;

create constraint trigger clients_injury_date_with_trauma after insert or update of injury_date on clients
    deferrable initially deferred for each row execute function refuse_injury_date_without_trauma();
create constraint trigger client_contraindications_injury_date_with_trauma
    after update or delete on client_contraindications
    deferrable initially deferred for each row execute function refuse_injury_date_without_trauma();

-- A sheet first issued while the injury was recent keeps heat and pressure off it and says from which day they may
-- be thought of again; its reissues say the same day. Sheets issued before have none and say "until it has healed".
alter table handout_snapshots add column trauma_not_before date;
