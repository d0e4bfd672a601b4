-- The clinical safety rules of charting (docs/safety-rules.md; the rules themselves live in org.knotwork.safety):
-- the deviation types they raise, the facts a session needs for them (how the client lay, whether the site of an
-- injury, lesion or cancer was spared, medical clearances), where a client's site-bound condition is, the home-care
-- doses and stretch chosen per treated point, a discomfort limit that keeps compression pain free, and the phone
-- number every handout prints.

insert into deviation_types (code) values
    ('COMPRESSION_DOSE_TOO_HIGH'), ('STRETCH_DOSE_OUT_OF_RANGE'), ('STRETCH_BEFORE_COMPRESSION'),
    ('HEAT_WITHOUT_SKIN_CHECK'), ('COMPRESSION_AFTER_HEAT'),
    ('LEG_COMPRESSION_AFTER_DVT'), ('COMPRESSION_AT_PREGNANCY_SITE'), ('FACE_DOWN_IN_PREGNANCY'),
    ('HEAT_ON_ABDOMEN_IN_PREGNANCY'), ('FIRM_COMPRESSION_WITH_OSTEOPOROSIS'),
    ('FIRM_COMPRESSION_WITH_IMPAIRED_SENSATION'), ('TREATED_AT_INJURY_SITE'), ('TREATED_OVER_SKIN_LESION'),
    ('HEAT_WITH_CARDIAC_CONDITION'), ('TREATED_NEAR_CANCER_SITE'), ('SESSION_DURING_FEVER');

-- A fever concerns the session as a whole: its deviation belongs to no point and no episode (seq 0).
-- A constraint change rewrites no rows, so the signed-are-final triggers are not involved.
alter table note_deviations alter column trigger_point_id drop not null;
alter table note_deviations add constraint note_deviations_point_check
    check (episode_seq >= 0 and (episode_seq = 0) = (trigger_point_id is null));

-- Above 5/10 a compression is no longer pain free, so a higher limit would switch the rule off. A practice that had
-- set one gets the highest limit that keeps the rule (5); the owner sees it in the settings and may lower it.
update practice_settings set compression_discomfort_threshold = 5 where compression_discomfort_threshold > 5;
alter table practice_settings drop constraint practice_settings_compression_discomfort_threshold_check;
alter table practice_settings add constraint practice_settings_compression_discomfort_threshold_check
    check (compression_discomfort_threshold between 0 and 5);

-- The number a client calls with a worry, printed in every handout's safety box; none is issued until it is set.
alter table practice_settings
    add column contact_phone varchar(30) check (contact_phone ~ '^\+?[0-9][0-9 ()./-]{4,29}$');

-- Where a recent injury, a skin lesion or a cancer is, by body region; none recorded means anywhere. Removing the
-- contraindication from the client removes its sites (the client's record replaces its contraindications whole).
create table client_contraindication_sites (
    client_id uuid        not null,
    code      varchar(40) not null check (code in ('RECENT_TRAUMA', 'SKIN_LESION', 'CANCER_HISTORY')),
    region    varchar(20) not null check (region in (
        'HEAD_NECK', 'SHOULDER', 'UPPER_BACK', 'CHEST', 'ABDOMEN', 'ARM', 'FOREARM_HAND',
        'LOW_BACK', 'HIP', 'THIGH', 'LEG_FOOT')),
    primary key (client_id, code, region),
    foreign key (client_id, code) references client_contraindications (client_id, code)
        on delete cascade deferrable initially deferred
);

-- The stretch catalogue, per muscle, that the home-care sheet prints from (filled by V15). Position and spinal
-- flexion are what the safety rules read: a pregnant client is not sent to lie flat or face down, a client with
-- osteoporosis not to bend the spine forward under load. part: the deltoid's front, side or back fibres.
create table muscle_stretches (
    code                 varchar(60)   primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    muscle_code          varchar(40)   not null references muscles (code),
    name                 varchar(200)  not null check (btrim(name) <> ''),
    steps                varchar(2000) not null check (btrim(steps) <> ''),
    position             varchar(10)   not null check (position in (
        'STANDING', 'SEATED', 'KNEELING', 'SIDE_LYING', 'SUPINE', 'PRONE')),
    loads_spinal_flexion boolean       not null,
    part                 varchar(5)    check (part in ('FRONT', 'SIDE', 'BACK')),
    sort_order           integer       not null,
    unique (muscle_code, sort_order)
);

-- Per treated point: how the client lay, whether the site of an injury, lesion or cancer was checked and not treated
-- over, and the home care — doses within the self-care ranges (never the session's), the catalogue stretch chosen or
-- the therapist's own (never both). Notes saved before this have none: their sheets use the usual home doses.
alter table note_point_measurements
    add column position varchar(10) check (position in (
        'STANDING', 'SEATED', 'KNEELING', 'SIDE_LYING', 'SUPINE', 'PRONE')),
    add column site_avoided boolean not null default false,
    add column home_pressure_seconds integer check (home_pressure_seconds between 20 and 90),
    add column home_pressure_repetitions integer check (home_pressure_repetitions between 1 and 3),
    add column home_stretch_seconds integer check (home_stretch_seconds between 20 and 60),
    add column home_stretch_repetitions integer check (home_stretch_repetitions between 2 and 5),
    add column home_stretch_code varchar(60) references muscle_stretches (code),
    add column own_stretch_name varchar(200),
    add column own_stretch_steps varchar(2000),
    add column own_stretch_position varchar(10) check (own_stretch_position in (
        'STANDING', 'SEATED', 'KNEELING', 'SIDE_LYING', 'SUPINE', 'PRONE')),
    add column own_stretch_loads_flexion boolean,
    add constraint note_point_measurements_home_dose_check check (
        (home_pressure_seconds is null) = (home_pressure_repetitions is null)
        and (home_stretch_seconds is null) = (home_stretch_repetitions is null)),
    add constraint note_point_measurements_own_stretch_check check (
        (own_stretch_name is null) = (own_stretch_steps is null)
        and (own_stretch_name is null) = (own_stretch_position is null)
        and (own_stretch_name is null) = (own_stretch_loads_flexion is null)
        and (own_stretch_name is null or home_stretch_code is null));

-- A medical clearance (who gave it, on which day) covers the deviations that need one for its contraindication.
create table note_clearances (
    note_id          uuid         not null references treatment_notes (id),
    contraindication varchar(40)  not null check (contraindication in ('DVT_HISTORY', 'CANCER_HISTORY')),
    cleared_by       varchar(200) not null check (btrim(cleared_by) <> ''),
    cleared_on       date         not null,
    primary key (note_id, contraindication) deferrable initially deferred
);

create trigger note_clearances_signed_are_final before insert or update or delete on note_clearances
    for each row execute function refuse_signed_note_change();
