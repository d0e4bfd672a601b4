-- Which stretches of the catalogue work both sides, at once (a butterfly, a wide-leg forward lean, a chin nod, a
-- back arch) or one after the other within the stretch (knee rolls): the home-care sheet printed "Work on your left
-- side." beside them (clinical review 13). The catalogue holds that fact once; the sheet reads it (HomeStretch).
alter table muscle_stretches add column both_sides boolean not null default false;

update muscle_stretches
set both_sides = true
where code in (
    'TEMPORALIS_JAW_OPENING',
    'MASSETER_JAW_OPENING',
    'LATERAL_PTERYGOID_JAW_GLIDE',
    'SUBOCCIPITALS_CHIN_NOD',
    'POSTERIOR_CERVICALS_CHIN_TUCK_NOD',
    'POSTERIOR_CERVICALS_CHIN_TO_CHEST',
    'DELTOID_HANDS_BEHIND_BACK',
    'MIDDLE_TRAPEZIUS_HUG',
    'RHOMBOIDS_ARMS_FORWARD',
    'SERRATUS_POSTERIOR_SUPERIOR_SLUMPED_HUG',
    'LOWER_TRAPEZIUS_FORWARD_REACH',
    'RECTUS_ABDOMINIS_LYING_BACK_ARCH',
    'RECTUS_ABDOMINIS_STANDING_BACK_ARCH',
    'THORACOLUMBAR_PARASPINALS_KNEES_TO_CHEST',
    'THORACOLUMBAR_PARASPINALS_SIDE_LYING_CURL',
    'THORACOLUMBAR_PARASPINALS_KNEE_ROLLS',
    'MULTIFIDI_CHILD_POSE',
    'MULTIFIDI_KNEE_ROLLS',
    'MULTIFIDI_SIDE_LYING_CURL',
    'ADDUCTOR_LONGUS_BREVIS_BUTTERFLY',
    'ADDUCTOR_MAGNUS_WIDE_LEG_FORWARD');

-- A signed note's sheet keeps its stretches as first issued (V15, V61), so the snapshot holds the fact too. Snapshots
-- taken before are brought to the catalogue once, as V15 did for the reviewed texts: re-issuing an old note must not
-- print a side beside a stretch that works both.
alter table handout_snapshot_stretches add column both_sides boolean not null default false;

alter table handout_snapshot_stretches disable trigger handout_snapshot_stretches_are_permanent;
update handout_snapshot_stretches n
set both_sides = s.both_sides
from muscle_stretches s
where s.code = n.code and s.both_sides;
alter table handout_snapshot_stretches enable trigger handout_snapshot_stretches_are_permanent;
