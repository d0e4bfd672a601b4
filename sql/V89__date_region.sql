-- The country whose way of writing dates, times and numbers the handouts follow, whatever their language: an English
-- sheet of a clinic in the United Kingdom says "2 March 2026", of one in the United States "March 2, 2026"
-- (org.knotwork.practice.DateRegion holds the list; CodedListsTest keeps these copies the same). A practice has chosen
-- none until its owner or administrator does: its sheets keep writing dates as their language does by itself
-- (English: month first), as every sheet did before, rather than change under its feet. The clinic's time zone is
-- server configuration, not a country, and often UTC, so nothing here can be derived from it.
alter table practice_settings
    add column date_region varchar(2) check (date_region in (
        'AR', 'AU', 'CA', 'CL', 'CO', 'IE', 'MX', 'NZ', 'PE', 'ZA', 'ES', 'GB', 'US'));

-- A signed note's sheet is reissued as first issued: its first issue keeps the country its dates followed. Sheets
-- first issued before have none, which is how they wrote their dates (the language's own way).
alter table handout_snapshots
    add column date_region varchar(2) check (date_region in (
        'AR', 'AU', 'CA', 'CL', 'CO', 'IE', 'MX', 'NZ', 'PE', 'ZA', 'ES', 'GB', 'US'));
