-- The reviewed home-care content (docs/safety-rules.md): every muscle's self-care texts checked against the safety
-- rules, with what the rules need to read them, and a stretch catalogue per muscle instead of one stretch per muscle.
--
-- Self-pressure gains its position and tool (HAND, or BALL for a ball or the body's weight) and a gentle version:
-- fingertips only, sitting, standing or lying on the side, never flat on the back or face down. The sheet prints the
-- gentle version when a client's contraindication calls for it (anticoagulants, osteoporosis over the spine and ribs,
-- reduced sensation, pregnancy's positions and legs). Texts were corrected where they sent a client to press near a
-- nerve or vessel without care, lie face down, or stretch the wrong fibres: the serratus anterior is stretched by
-- drawing the shoulder blade back (not by an overhead reach), the gluteus medius by taking the leg across (the
-- figure-4 is the piriformis'), the deltoid by the part the point is in, the peroneus by pulling the foot up and
-- then turning the sole in. Every stretch says its position and whether it bends the spine forward under load, so a
-- pregnant client is never sent to lie flat or face down and a client with osteoporosis never to bend forward
-- under load; each muscle has a stretch for each case where one exists.

alter table muscle_self_care
    add column pressure_position varchar(10) check (pressure_position in (
        'STANDING', 'SEATED', 'KNEELING', 'SIDE_LYING', 'SUPINE', 'PRONE')),
    add column pressure_tool     varchar(4)  check (pressure_tool in ('HAND', 'BALL')),
    add column gentle_pressure   varchar(1000) check (btrim(gentle_pressure) <> '');
update muscle_self_care s
set self_pressure = v.self_pressure, pressure_position = v.position, pressure_tool = v.tool,
    gentle_pressure = v.gentle, frequency = coalesce(v.frequency, s.frequency)
from (values
    ('TEMPORALIS',
     'Sit and place two or three fingertips on the side of your head just above and in front of the ear. Clench your teeth gently to feel the muscle, then relax the jaw and press slowly into the tender spot.',
     'SEATED', 'HAND',
     'Sit and rest two fingertips on the side of your head just above and in front of the ear. Let the jaw relax and press lightly, only as much as feels comfortable.',
     null),
    ('MASSETER',
     'Sit and place your fingertips on your cheek in front of the ear lobe; clench lightly to find the firm muscle, then let the jaw go slack and press slowly into the tender spot.',
     'SEATED', 'HAND',
     'Sit and rest your fingertips on your cheek in front of the ear lobe. Let the jaw go slack and press lightly.',
     null),
    ('LATERAL_PTERYGOID',
     'This muscle lies deep: sit, open the mouth slightly and press only very lightly with one fingertip in the hollow just in front of the ear, below the cheekbone. Do not press inside the mouth at home.',
     'SEATED', 'HAND',
     'Sit, open the mouth slightly and rest one fingertip very lightly in the hollow just in front of the ear, below the cheekbone. Do not press inside the mouth.',
     null),
    ('STERNOCLEIDOMASTOID',
     'Sit tall and turn your head slightly to the opposite side so the muscle stands out along the side of the neck. Work on one side only. Pinch it gently between thumb and fingers, well away from the pulse at the front of the throat, and squeeze slowly until you feel the tender spot. Never press on the pulse, and never both sides at once.',
     'SEATED', 'HAND',
     'Sit tall and work on one side only. Rest the flat of two fingertips on the muscle along the side of the neck, well away from the pulse at the front of the throat, and press lightly.',
     null),
    ('SCALENES',
     'Sit tall and rest the flat of your fingers just above the collarbone at the side of the neck. Press very gently only: nerves and blood vessels run here.',
     'SEATED', 'HAND',
     'Sit tall and rest the flat of your fingers just above the collarbone at the side of the neck; press very lightly.',
     'Twice a day; also breathe slowly into your belly during the day.'),
    ('SUBOCCIPITALS',
     'Lie on your back and rest the base of your skull on two tennis balls in a sock, one each side of the spine and never on it, or sit tall and press upward gently with your fingertips under the edge of the skull.',
     'SUPINE', 'BALL',
     'Sit tall and press upward gently with your fingertips under the edge of the skull, either side of the spine.',
     null),
    ('SPLENIUS_CAPITIS',
     'Sit tall and find the spot at the back of the neck just below the skull, a thumb width to the side of the spine. Press slowly with your fingertips, or lie on your back on a tennis ball placed there.',
     'SUPINE', 'BALL',
     'Sit tall and press lightly with your fingertips just below the skull, a thumb width to the side of the spine.',
     null),
    ('POSTERIOR_CERVICALS',
     'Sit tall and press with your fingertips on the tender spot beside the spine at the back of the neck, or lie on your back with a tennis ball in a sock under that spot and let the head rest on it.',
     'SUPINE', 'BALL',
     'Sit tall and press lightly with your fingertips on the tender spot beside the spine at the back of the neck.',
     null),
    ('LEVATOR_SCAPULAE',
     'Stand with your back against a wall and place a tennis ball where the neck meets the top of the shoulder blade. Lean in slowly until you feel the tender spot, or press with the fingers of the other hand.',
     'STANDING', 'BALL',
     'Sit and reach across with the fingers of the other hand to the spot where the neck meets the top of the shoulder blade; press lightly.',
     null),
    ('UPPER_TRAPEZIUS',
     'Sit and pinch the muscle at the top of the shoulder between your thumb and fingers, or reach across with the opposite hand and press down with the fingertips. Squeeze slowly until you feel the tender spot.',
     'SEATED', 'HAND',
     'Sit and rest the fingertips of the opposite hand on the top of the shoulder; press lightly.',
     null),
    ('DELTOID',
     'Press with the fingertips of the opposite hand on the tender spot on the front, side or back of the shoulder, or stand and lean the shoulder against a ball on a wall.',
     'STANDING', 'BALL',
     'Press lightly with the fingertips of the opposite hand on the tender spot on the front, side or back of the shoulder.',
     null),
    ('SUBSCAPULARIS',
     'This muscle lies under the shoulder blade and is hard to reach: lie on your back with the arm relaxed and press gently with the fingers of the other hand into the back of the armpit, against the shoulder blade.',
     'SUPINE', 'HAND',
     'Sit with the arm resting on a table or cushion and press lightly with the fingers of the other hand into the back of the armpit, against the shoulder blade.',
     'Twice a day; also warm the shoulder before reaching overhead.'),
    ('SUPRASPINATUS',
     'Find the spot on the top of the shoulder blade, above its ridge. Press with the fingertips of the opposite hand, or stand and lean against a tennis ball on a wall.',
     'STANDING', 'BALL',
     'Reach across and press lightly with the fingertips of the opposite hand on the top of the shoulder blade, above its ridge.',
     null),
    ('INFRASPINATUS',
     'Stand with your back against a wall and a tennis ball on the flat of the shoulder blade, or lie on your back on the ball there, and lean in slowly until you feel the tender spot.',
     'SUPINE', 'BALL',
     'Reach under the armpit with the fingers of the other hand to the outer edge of the shoulder blade and press lightly, as far as you can reach comfortably.',
     'Twice a day, and before sleeping if lying on the shoulder hurts.'),
    ('TERES_MINOR',
     'Stand and lean against a tennis ball on a wall placed at the outer edge of the shoulder blade, just behind the armpit, or press there with the fingers of the other hand.',
     'STANDING', 'BALL',
     'Press lightly with the fingers of the other hand at the outer edge of the shoulder blade, just behind the armpit.',
     null),
    ('TERES_MAJOR',
     'Lie on your side and pinch the fold at the back of the armpit between thumb and fingers, or stand and lean the lower outer edge of the shoulder blade against a tennis ball on a wall.',
     'SIDE_LYING', 'BALL',
     'Sit and rest your fingertips on the fold at the back of the armpit; press lightly.',
     null),
    ('PECTORALIS_MAJOR',
     'Pinch the front fold of the armpit between thumb and fingers, or stand facing a wall with a tennis ball on the chest below the collarbone and lean in slowly.',
     'STANDING', 'BALL',
     'Rest your fingertips on the front fold of the armpit or on the chest below the collarbone and press lightly.',
     'Two or three times a day, especially after desk work or driving.'),
    ('PECTORALIS_MINOR',
     'Press gently with your fingertips just below the collarbone, a hand width in from the front of the shoulder, or stand and lean against a ball on a wall at that spot.',
     'STANDING', 'BALL',
     'Press lightly with your fingertips just below the collarbone, a hand width in from the front of the shoulder.',
     null),
    ('SERRATUS_ANTERIOR',
     'Lie on the other side and press gently with your fingertips on the side of the ribcage below the armpit, between the ribs. Press lightly: it lies on the ribs.',
     'SIDE_LYING', 'HAND',
     'Sit and rest your fingertips on the side of the ribcage below the armpit; press lightly between the ribs, never hard on the ribs themselves.',
     'Twice a day, and whenever deep breathing feels restricted.'),
    ('MIDDLE_TRAPEZIUS',
     'Stand with your back against a wall, or lie on your back, with a tennis ball between the spine and the shoulder blade, and lean in slowly until you feel the tender spot.',
     'SUPINE', 'BALL',
     'Reach across your chest and over the shoulder with the fingers of the other hand to the spot between the spine and the shoulder blade, and press lightly, as far as you can reach comfortably.',
     'Two or three times a day.'),
    ('RHOMBOIDS',
     'Stand with your back against a wall, or lie on your back, with a tennis ball between the spine and the inner edge of the shoulder blade, and lean in slowly.',
     'SUPINE', 'BALL',
     'Reach across your chest and over the shoulder with the fingers of the other hand to the inner edge of the shoulder blade, and press lightly, as far as you can reach comfortably.',
     'Two or three times a day, and after long spells at the desk.'),
    ('SERRATUS_POSTERIOR_SUPERIOR',
     'This point lies under the upper shoulder blade: cross your arm over your chest to slide the shoulder blade out of the way, then stand and lean against a tennis ball on a wall near the top inner edge of the shoulder blade.',
     'STANDING', 'BALL',
     'Cross your arm over your chest, then reach over the shoulder with the fingers of the other hand to the top inner edge of the shoulder blade and press lightly.',
     'Twice a day.'),
    ('LOWER_TRAPEZIUS',
     'Stand with your back against a wall, or lie on your back, with a tennis ball below the lower tip of the shoulder blade, near the spine, and lean in slowly.',
     'SUPINE', 'BALL',
     'Reach behind your back with the fingers of the other hand to the spot below the tip of the shoulder blade and press lightly, as far as you can reach comfortably.',
     'Twice a day.'),
    ('LATISSIMUS_DORSI',
     'Lie on your side and pinch the muscle at the back of the armpit and along the side of the ribs between thumb and fingers, squeezing slowly.',
     'SIDE_LYING', 'HAND',
     'Sit and rest your fingertips on the muscle at the back of the armpit and along the side of the ribs; press lightly.',
     null),
    ('BICEPS_BRACHII',
     'Sit with the arm relaxed on a table and press with the fingertips of the other hand into the front of the upper arm, about halfway between shoulder and elbow.',
     'SEATED', 'HAND',
     'Sit with the arm relaxed on a table and press lightly with the fingertips of the other hand into the front of the upper arm.',
     null),
    ('TRICEPS_BRACHII',
     'Sit with the arm relaxed and pinch the back of the upper arm between thumb and fingers, or press with the fingertips just above the elbow at the back.',
     'SEATED', 'HAND',
     'Sit with the arm relaxed and press lightly with your fingertips on the back of the upper arm.',
     null),
    ('BRACHIORADIALIS',
     'Sit with your forearm on a table, thumb up, and press with the fingers of the other hand on the muscle on the thumb side of the forearm, just below the elbow.',
     'SEATED', 'HAND',
     'Sit with your forearm on a table, thumb up, and press lightly with your fingertips just below the elbow on the thumb side.',
     null),
    ('SUPINATOR',
     'Sit with your forearm on a table, palm up, and press with the thumb of the other hand on the outer forearm just below the elbow crease.',
     'SEATED', 'HAND',
     'Sit with your forearm on a table, palm up, and press lightly with your fingertips on the outer forearm just below the elbow crease.',
     null),
    ('FOREARM_FLEXORS',
     'Sit with your forearm on a table, palm up, and press with the thumb of the other hand into the muscles on the inner forearm, a few finger widths below the elbow.',
     'SEATED', 'HAND',
     'Sit with your forearm on a table, palm up, and press lightly with your fingertips a few finger widths below the elbow.',
     null),
    ('FOREARM_EXTENSORS',
     'Sit with your forearm on a table, palm down, and press with the thumb of the other hand into the muscles on the back of the forearm, a few finger widths below the elbow.',
     'SEATED', 'HAND',
     'Sit with your forearm on a table, palm down, and press lightly with your fingertips a few finger widths below the elbow.',
     null),
    ('RECTUS_ABDOMINIS',
     'Lie on your back with the knees bent and press gently with the fingertips on the tender spot on the muscle either side of the navel. Press lightly and never over the navel itself.',
     'SUPINE', 'HAND',
     'Sit leaning back a little in a chair and press lightly with your fingertips either side of the navel, never over the navel itself.',
     'Once or twice a day.'),
    ('EXTERNAL_OBLIQUE',
     'Lie on your back with the knees bent and press gently with the fingertips on the side of the belly, between the lower ribs and the top of the hip bone.',
     'SUPINE', 'HAND',
     'Sit and press lightly with your fingertips on the side of the belly, between the lower ribs and the top of the hip bone.',
     'Once or twice a day.'),
    ('THORACOLUMBAR_PARASPINALS',
     'Lie on your back, knees bent, with a tennis ball in a sock beside the spine at the tender spot (never on the spine itself), and let your weight settle on it slowly.',
     'SUPINE', 'BALL',
     'Stand and reach behind you with your fingertips to the tender spot beside the spine (never on the spine itself) and press lightly.',
     'Twice a day, and after long spells of sitting or standing.'),
    ('QUADRATUS_LUMBORUM',
     'Lie on the other side and press with the thumb or fingers into the waist, between the lowest rib and the top of the hip bone, just to the side of the back muscles; or lie on your back on a tennis ball placed there.',
     'SUPINE', 'BALL',
     'Lie on the other side, or stand, and press lightly with your fingertips into the waist, between the lowest rib and the top of the hip bone.',
     'Twice a day, and before getting up in the morning if the low back is stiff.'),
    ('MULTIFIDI',
     'Lie on your back, knees bent, with a tennis ball in a sock just to the side of the lower spine at the tender spot, and let your weight settle slowly. Never lie directly on the spine.',
     'SUPINE', 'BALL',
     'Stand and reach behind you with your fingertips to the tender spot just to the side of the lower spine and press lightly.',
     'Twice a day.'),
    ('ILIOPSOAS',
     'Lie on your back with the knees bent. Press very gently with the fingertips into the belly about two finger widths inside the front of the hip bone, sinking slowly as you breathe out.',
     'SUPINE', 'HAND',
     'Sit leaning back a little and press very lightly with your fingertips about two finger widths inside the front of the hip bone.',
     'Twice a day, and after long spells of sitting.'),
    ('TENSOR_FASCIAE_LATAE',
     'Lie on the other side and press with the fingertips on the front of the hip, just below and outside the front point of the hip bone, or stand and lean that spot against a ball on a wall.',
     'SIDE_LYING', 'BALL',
     'Lie on the other side, or stand, and press lightly with your fingertips just below and outside the front point of the hip bone.',
     'Twice a day.'),
    ('GLUTEUS_MEDIUS',
     'Stand against a wall with a tennis ball on the side of the buttock just below the rim of the pelvis and lean in slowly, or lie on your other side and press there with your fingertips.',
     'STANDING', 'BALL',
     'Lie on your other side, or stand, and press lightly with your fingertips on the side of the buttock, just below the rim of the pelvis.',
     'Twice a day.'),
    ('GLUTEUS_MINIMUS',
     'Lie on your other side and press with the fingertips on the outer hip, a hand width below the rim of the pelvis, or stand and lean that spot against a tennis ball on a wall.',
     'SIDE_LYING', 'BALL',
     'Lie on your other side, or stand, and press lightly with your fingertips on the outer hip, a hand width below the rim of the pelvis.',
     'Twice a day.'),
    ('PIRIFORMIS',
     'Sit on a firm chair with a tennis ball in the middle of the buttock, between the tailbone and the bony point of the hip, and let your weight settle slowly.',
     'SEATED', 'BALL',
     'Stand and press lightly with your fingertips in the middle of the buttock, between the tailbone and the bony point of the hip.',
     'Twice a day, and after long spells of sitting or driving.'),
    ('GLUTEUS_MAXIMUS',
     'Sit on a firm chair with a tennis ball under the buttock near the tailbone, and let your weight settle slowly on the tender spot.',
     'SEATED', 'BALL',
     'Stand and press lightly with your fingertips on the tender spot in the buttock.',
     'Twice a day.'),
    ('RECTUS_FEMORIS',
     'Sit with your leg relaxed and press with the thumbs on the front of the thigh, a hand width below the hip crease, sinking in slowly.',
     'SEATED', 'HAND',
     'Sit with your leg relaxed and press lightly with your fingertips on the front of the thigh, a hand width below the hip crease.',
     'Twice a day.'),
    ('ADDUCTOR_LONGUS_BREVIS',
     'Sit with the knee bent and turned out and press lightly with the fingertips on the inner thigh, a hand width below the groin.',
     'SEATED', 'HAND',
     'Sit with the knee bent and turned out and rest your fingertips on the inner thigh, a hand width below the groin; press very lightly.',
     'Twice a day.'),
    ('ADDUCTOR_MAGNUS',
     'Sit with the knee bent and turned out and press lightly with the fingertips on the inner thigh, halfway between groin and knee, sinking in slowly.',
     'SEATED', 'HAND',
     'Sit with the knee bent and turned out and rest your fingertips on the inner thigh, halfway between groin and knee; press very lightly.',
     'Twice a day.'),
    ('VASTUS_MEDIALIS',
     'Sit with your leg straight and relaxed and press with the thumb on the inner front of the thigh, a few finger widths above the kneecap.',
     'SEATED', 'HAND',
     'Sit with your leg straight and relaxed and press lightly with your fingertips on the inner front of the thigh, a few finger widths above the kneecap.',
     'Twice a day.'),
    ('VASTUS_LATERALIS',
     'Lie on the other side and press with the fingertips or roll gently on a ball along the outer thigh, between hip and knee; it is often tender, so go slowly.',
     'SIDE_LYING', 'BALL',
     'Sit and press lightly with your fingertips along the outer thigh, between hip and knee.',
     'Twice a day.'),
    ('HAMSTRINGS',
     'Sit on a firm chair with a tennis ball under the back of the thigh at the tender spot, and let the weight of the leg settle slowly.',
     'SEATED', 'BALL',
     'Sit on a chair and press lightly with your fingertips on the back of the thigh at the tender spot.',
     'Twice a day.'),
    ('TIBIALIS_ANTERIOR',
     'Sit with your foot on the floor and press with the thumb on the muscle just outside the shin bone, a hand width below the knee.',
     'SEATED', 'HAND',
     'Sit with your foot on the floor and press lightly with your fingertips just outside the shin bone, a hand width below the knee.',
     'Once or twice a day.'),
    ('EXTENSOR_DIGITORUM_LONGUS',
     'Sit with the foot on the floor and press with the thumb on the outer front of the leg, a hand width below the knee and just outside the shin muscle.',
     'SEATED', 'HAND',
     'Sit with the foot on the floor and press lightly with your fingertips on the outer front of the leg, a hand width below the knee.',
     'Once or twice a day.'),
    ('PERONEUS_LONGUS',
     'Sit with the foot on the floor and press with the thumb on the outside of the lower leg, a hand width below the bony bump at the outer knee (not on the bump itself).',
     'SEATED', 'HAND',
     'Sit with the foot on the floor and press lightly with your fingertips on the outside of the lower leg, a hand width below the bony bump at the outer knee.',
     'Once or twice a day.'),
    ('GASTROCNEMIUS',
     'Sit with the leg bent and press with the thumbs into the calf a hand width below the back of the knee, or rest the calf on a ball on the floor and let it settle.',
     'SEATED', 'BALL',
     'Sit with the leg bent and press lightly with your fingertips into the calf a hand width below the back of the knee.',
     'Two or three times a day, and before bed if you get night cramps.'),
    ('SOLEUS',
     'Sit with the leg bent and press with the thumbs into the lower calf, above the Achilles tendon, or rest it on a ball and let it settle.',
     'SEATED', 'BALL',
     'Sit with the leg bent and press lightly with your fingertips into the lower calf, above the Achilles tendon.',
     'Two or three times a day.'),
    ('PLANTAR_FOOT_MUSCLES',
     'Sit and roll the sole of your foot slowly over a tennis ball, then rest on the tender spot with gentle weight.',
     'SEATED', 'BALL',
     'Sit, cross the foot over the other knee and press lightly with your fingertips on the tender spot in the sole.',
     'Two or three times a day, and before the first steps in the morning.')
) as v (muscle_code, self_pressure, position, tool, gentle, frequency)
where s.muscle_code = v.muscle_code;

alter table muscle_self_care
    alter column pressure_position set not null,
    alter column pressure_tool set not null,
    alter column gentle_pressure set not null;

insert into muscle_stretches (code, muscle_code, name, steps, position, loads_spinal_flexion, part, sort_order) values
    ('TEMPORALIS_JAW_OPENING', 'TEMPORALIS', 'Jaw opening with the head still',
     'Sit tall with your shoulders relaxed.
Let your jaw hang open slowly, keeping the tongue resting behind the upper front teeth.
Place a hand on your chin and add a gentle downward ease as you breathe out.
Close slowly and rest the jaw with the teeth slightly apart.',
     'SEATED', false, null, 10),
    ('MASSETER_JAW_OPENING', 'MASSETER', 'Jaw opening stretch',
     'Sit tall and let your jaw drop slowly open as far as is comfortable.
Rest your fingertips on your lower front teeth and ease the jaw a little further open as you breathe out.
Keep the movement straight down, without sliding the jaw sideways.
Close slowly and let the teeth rest apart.',
     'SEATED', false, null, 10),
    ('LATERAL_PTERYGOID_JAW_GLIDE', 'LATERAL_PTERYGOID', 'Relaxed jaw glide',
     'Sit tall and rest the tip of your tongue on the roof of your mouth.
Open your mouth slowly, keeping the tongue in place, only as far as is comfortable.
Let the jaw rest there and breathe out slowly, letting the face relax.
Close slowly and let the teeth rest apart.',
     'SEATED', false, null, 10),
    ('STERNOCLEIDOMASTOID_LOOKING_UP', 'STERNOCLEIDOMASTOID', 'Side-of-neck stretch looking up',
     'Sit tall and hold the seat of your chair with the hand on the side to be stretched.
Tilt your ear towards the opposite shoulder.
Turn your face slightly up towards the ceiling until you feel a gentle stretch in the side and front of the neck.
Breathe out and let the stretch deepen a little; come back slowly.
If you feel dizzy or your vision changes, come back to upright at once and sit still.',
     'SEATED', false, null, 10),
    ('SCALENES_SIDE_BEND_LOOKING_UP', 'SCALENES', 'Scalene stretch',
     'Sit tall and place the hand of the side to be stretched under your buttock, or hold the chair seat.
Tilt your head away from that side, ear towards the other shoulder.
Turn your chin slightly up and away until you feel a gentle stretch above the collarbone.
Breathe out slowly into the stretch; stop if the arm tingles or you feel dizzy.',
     'SEATED', false, null, 10),
    ('SUBOCCIPITALS_CHIN_NOD', 'SUBOCCIPITALS', 'Chin nod',
     'Sit tall with the head level.
Nod your chin gently down as if saying yes, lengthening the back of the neck.
Keep the jaw relaxed and do not push the head forward.
Breathe out and let the back of the neck soften further.',
     'SEATED', false, null, 10),
    ('SPLENIUS_CAPITIS_NOD_AND_TURN', 'SPLENIUS_CAPITIS', 'Nod-and-turn neck stretch',
     'Sit tall with your hands resting in your lap.
Tuck your chin in slightly, then turn your head slowly towards the other side.
Nod the chin a little down towards that collarbone, letting the head''s own weight do the work.
Breathe out and let the back of the neck soften; come back slowly.',
     'SEATED', false, null, 10),
    ('SPLENIUS_CAPITIS_CHIN_TO_CHEST_TURNING', 'SPLENIUS_CAPITIS', 'Chin-to-chest turning stretch',
     'Sit tall and drop your chin slowly towards your chest.
Turn your head a little towards the opposite side, nose towards that armpit.
Rest the hand of that side lightly on the back of your head without pulling.
Breathe out and let the weight of your hand deepen the stretch a little.',
     'SEATED', true, null, 20),
    ('POSTERIOR_CERVICALS_CHIN_TUCK_NOD', 'POSTERIOR_CERVICALS', 'Chin tuck and nod',
     'Sit tall and draw your chin straight back, as if making a double chin.
Keeping the chin tucked, nod the head slowly a little forward.
Keep your hands in your lap: the head''s own weight is enough.
Breathe out and let the back of the neck lengthen; come up slowly.',
     'SEATED', false, null, 10),
    ('POSTERIOR_CERVICALS_CHIN_TO_CHEST', 'POSTERIOR_CERVICALS', 'Chin-to-chest stretch',
     'Sit tall and tuck your chin in slightly.
Let your head bend forward slowly, chin towards the chest.
Rest both hands lightly on the back of the head, elbows down, without pulling.
Breathe out and let the neck lengthen; come up slowly.',
     'SEATED', true, null, 20),
    ('LEVATOR_SCAPULAE_CHIN_TO_ARMPIT', 'LEVATOR_SCAPULAE', 'Chin-to-armpit stretch',
     'Sit tall and hold the seat of the chair with the hand of the side to be stretched.
Turn your head about 45 degrees away from that side.
Bow your nose slowly towards the opposite armpit, letting the head''s own weight do the work.
Breathe out and let the stretch increase slightly; return slowly.',
     'SEATED', false, null, 10),
    ('LEVATOR_SCAPULAE_CHIN_TO_ARMPIT_HAND', 'LEVATOR_SCAPULAE', 'Chin-to-armpit stretch with the hand',
     'Sit tall and hold the seat of the chair with the hand of the side to be stretched.
Turn your head about 45 degrees away from that side and bow your nose towards the opposite armpit.
Rest the other hand on the back of your head without pulling.
Breathe out and let the stretch increase slightly; return slowly.',
     'SEATED', true, null, 20),
    ('UPPER_TRAPEZIUS_EAR_TO_SHOULDER', 'UPPER_TRAPEZIUS', 'Ear-to-shoulder stretch',
     'Sit tall and hold the seat of the chair with the hand of the side to be stretched.
Tilt your head away, bringing the ear towards the other shoulder.
Rest the other hand on the side of your head without pulling.
Breathe out and let the shoulder drop as the stretch increases.',
     'SEATED', false, null, 10),
    ('DELTOID_DOORWAY_ARM_LOW', 'DELTOID', 'Doorway stretch with the arm low',
     'Stand side-on in a doorway and place the palm of the arm to be stretched on the frame behind you, a little below shoulder height.
Keep the elbow straight but not locked and the shoulder down.
Turn your body slowly away from the arm until you feel a gentle stretch over the front of the shoulder.
Breathe out and let the front of the shoulder open; come back slowly.',
     'STANDING', false, 'FRONT', 10),
    ('DELTOID_HANDS_BEHIND_BACK', 'DELTOID', 'Hands-behind-back stretch',
     'Stand tall and clasp your hands behind your back.
Straighten the elbows and lift the hands slowly a little away from your back.
Keep the chest up, the shoulders down and the back straight.
Breathe out and let the front of the shoulders open.',
     'STANDING', false, 'FRONT', 20),
    ('DELTOID_ARM_BEHIND_BACK', 'DELTOID', 'Arm-behind-back stretch',
     'Stand tall and take the arm to be stretched behind your back, hand towards the opposite hip.
With the other hand, hold the wrist and draw it gently towards that hip.
Keep the shoulders level and relaxed.
Breathe out and let the side of the shoulder lengthen.',
     'STANDING', false, 'SIDE', 30),
    ('DELTOID_CROSS_BODY', 'DELTOID', 'Cross-body arm stretch',
     'Sit or stand tall.
Bring the arm across the front of your body at shoulder height.
Hold it above the elbow with the other hand and draw it gently closer.
Breathe out and let the back of the shoulder relax.',
     'SEATED', false, 'BACK', 40),
    ('SUBSCAPULARIS_DOORWAY_ROTATION', 'SUBSCAPULARIS', 'Doorway arm-rotation stretch',
     'Stand in a doorway and rest your forearm against the frame, elbow bent at a right angle and at shoulder height or lower.
Turn your body slowly away from the arm until you feel a gentle stretch at the front of the shoulder.
Keep the shoulder blade back and down.
Breathe out and turn a little further; come back slowly.',
     'STANDING', false, null, 10),
    ('SUPRASPINATUS_ARM_BEHIND_BACK', 'SUPRASPINATUS', 'Arm-behind-back stretch',
     'Stand tall and place the back of your hand on your lower back.
With the other hand, hold the wrist and draw it gently across your back.
Keep the shoulders level and relaxed.
Breathe out and let the shoulder ease forward into the stretch.',
     'STANDING', false, null, 10),
    ('INFRASPINATUS_CROSS_BODY', 'INFRASPINATUS', 'Cross-body shoulder blade stretch',
     'Sit or stand tall.
Bring the arm across your chest, hand towards the opposite shoulder.
Hold the elbow with the other hand and draw it gently across.
Breathe out and let the shoulder blade slide forward with the stretch.',
     'SEATED', false, null, 10),
    ('TERES_MINOR_CROSS_BODY_RAISED', 'TERES_MINOR', 'Cross-body stretch with the arm raised',
     'Stand tall and raise the arm forward to shoulder height.
Bring it across your body and hold it above the elbow with the other hand.
Draw the arm gently across and slightly up.
Breathe out and let the back of the shoulder soften.',
     'STANDING', false, null, 10),
    ('TERES_MAJOR_OVERHEAD_SIDE_BEND', 'TERES_MAJOR', 'Overhead reach with side bend',
     'Stand tall and raise the arm overhead, bending the elbow so the hand rests behind your head.
Hold the elbow with the other hand.
Lean your body gently to the other side.
Breathe out and let the back of the armpit lengthen.',
     'STANDING', false, null, 10),
    ('PECTORALIS_MAJOR_DOORWAY', 'PECTORALIS_MAJOR', 'Doorway chest stretch',
     'Stand in a doorway with the forearm against the frame, elbow at shoulder height.
Step forward slowly with the leg on the same side.
Keep the shoulder down and the chin level.
Breathe out and let the chest open a little more.',
     'STANDING', false, null, 10),
    ('PECTORALIS_MINOR_DOORWAY_ARM_HIGH', 'PECTORALIS_MINOR', 'Doorway stretch with the arm high',
     'Stand in a doorway with the forearm against the frame, elbow above shoulder height.
Step forward slowly and let the shoulder blade draw back and down.
Keep the ribs from flaring forward.
Breathe out and let the front of the shoulder open.',
     'STANDING', false, null, 10),
    ('SERRATUS_ANTERIOR_DOORWAY_RETRACTION', 'SERRATUS_ANTERIOR', 'Doorway shoulder-blade stretch',
     'Stand side-on in a doorway, the side to be stretched next to the frame.
Place that palm on the frame behind you at shoulder height, elbow straight but not locked.
Draw the shoulder blade back towards the spine and turn your chest slowly away from the arm.
Breathe out and feel the stretch along the side of the ribs below the armpit; come back slowly.',
     'STANDING', false, null, 10),
    ('MIDDLE_TRAPEZIUS_HUG', 'MIDDLE_TRAPEZIUS', 'Hug stretch',
     'Sit or stand tall.
Cross your arms and hold the opposite shoulders, as if hugging yourself.
Round your upper back gently and let the shoulder blades spread apart.
Breathe out into the space between the shoulder blades.',
     'SEATED', true, null, 10),
    ('MIDDLE_TRAPEZIUS_CROSS_BODY_TALL', 'MIDDLE_TRAPEZIUS', 'Cross-body stretch with a tall back',
     'Sit or stand tall with your back straight.
Bring the arm of the side to be stretched across your chest at shoulder height and hold it above the elbow with the other hand.
Draw the arm across and let the shoulder blade slide forward, without rounding your back.
Breathe out and feel the stretch between the spine and the shoulder blade.',
     'SEATED', false, null, 20),
    ('RHOMBOIDS_ARMS_FORWARD', 'RHOMBOIDS', 'Arms-forward upper back stretch',
     'Sit tall and clasp your hands in front of you at chest height.
Push your hands forward and let your upper back round.
Let your head drop slightly forward.
Breathe out and feel the shoulder blades glide apart.',
     'SEATED', true, null, 10),
    ('RHOMBOIDS_CROSS_BODY_TALL', 'RHOMBOIDS', 'Cross-body stretch with a tall back',
     'Sit or stand tall with your back straight.
Bring the arm of the side to be stretched across your chest at shoulder height and hold it above the elbow with the other hand.
Draw the arm across and let the shoulder blade slide forward, without rounding your back.
Breathe out and feel the stretch between the spine and the shoulder blade.',
     'SEATED', false, null, 20),
    ('SERRATUS_POSTERIOR_SUPERIOR_SLUMPED_HUG', 'SERRATUS_POSTERIOR_SUPERIOR', 'Hug stretch with a slumped spine',
     'Sit on the edge of a chair.
Cross your arms and hold the opposite shoulders.
Let your upper back round and your head drop forward.
Breathe out and let the shoulder blades spread further.',
     'SEATED', true, null, 10),
    ('SERRATUS_POSTERIOR_SUPERIOR_CROSS_BODY_TALL', 'SERRATUS_POSTERIOR_SUPERIOR', 'Cross-body stretch with a tall back',
     'Sit or stand tall with your back straight.
Bring the arm of the side to be stretched across your chest at shoulder height and hold it above the elbow with the other hand.
Draw the arm across and let the shoulder blade slide forward, without rounding your back.
Breathe out and feel the stretch between the spine and the shoulder blade.',
     'SEATED', false, null, 20),
    ('LOWER_TRAPEZIUS_FORWARD_REACH', 'LOWER_TRAPEZIUS', 'Forward-reach stretch',
     'Sit tall and clasp your hands in front of you.
Reach forward and slightly down, letting the shoulder blades slide forward and up.
Let your back round gently.
Breathe out and let the mid back lengthen.',
     'SEATED', true, null, 10),
    ('LOWER_TRAPEZIUS_CROSS_BODY_UP', 'LOWER_TRAPEZIUS', 'Cross-body stretch reaching up',
     'Sit tall with your back straight.
Bring the arm of the side to be stretched across your chest and slightly upward.
Hold it above the elbow with the other hand and draw it gently across and up, without rounding your back.
Breathe out and feel the stretch below and beside the shoulder blade.',
     'SEATED', false, null, 20),
    ('LATISSIMUS_DORSI_OVERHEAD_SIDE', 'LATISSIMUS_DORSI', 'Overhead side stretch',
     'Stand tall and raise the arm of the side to be stretched overhead.
Hold the wrist with the other hand.
Lean slowly to the opposite side, drawing the arm up and over.
Breathe out and let the side of the body lengthen from hip to armpit.',
     'STANDING', false, null, 10),
    ('BICEPS_BRACHII_WALL', 'BICEPS_BRACHII', 'Wall biceps stretch',
     'Stand side-on to a wall and place your palm on it behind you at shoulder height, thumb up.
Keep the elbow straight but not locked.
Turn your body slowly away from the wall.
Breathe out and let the front of the arm and shoulder lengthen.',
     'STANDING', false, null, 10),
    ('TRICEPS_BRACHII_OVERHEAD', 'TRICEPS_BRACHII', 'Overhead triceps stretch',
     'Stand or sit tall and raise the arm overhead.
Bend the elbow so your hand drops behind your head.
With the other hand, ease the elbow back and towards your head.
Breathe out and let the back of the arm lengthen.',
     'SEATED', false, null, 10),
    ('BRACHIORADIALIS_PALM_DOWN', 'BRACHIORADIALIS', 'Forearm stretch, palm down',
     'Hold the arm out in front with the elbow straight and the palm facing down.
Bend the wrist down and turn the hand slightly outwards, thumb towards the floor.
Use the other hand to ease the wrist a little further.
Breathe out as the stretch increases.',
     'SEATED', false, null, 10),
    ('SUPINATOR_TURNING', 'SUPINATOR', 'Forearm turning stretch',
     'Hold the arm in front, elbow straight.
Turn the palm down and then further, as if pouring from a jug.
With the other hand, guide the turn a little further.
Breathe out as you ease into it.',
     'SEATED', false, null, 10),
    ('FOREARM_FLEXORS_WRIST_BACK', 'FOREARM_FLEXORS', 'Wrist and finger flexor stretch',
     'Hold the arm out in front with the elbow straight and the palm facing up.
With the other hand, bend the wrist back and ease the fingers back gently.
Keep the elbow straight but not locked.
Breathe out as the stretch increases.',
     'SEATED', false, null, 10),
    ('FOREARM_EXTENSORS_WRIST_DOWN', 'FOREARM_EXTENSORS', 'Wrist and finger extensor stretch',
     'Hold the arm out in front with the elbow straight and the palm facing down.
Make a loose fist and bend the wrist down.
With the other hand, ease the back of the hand further down.
Breathe out as the stretch increases.',
     'SEATED', false, null, 10),
    ('RECTUS_ABDOMINIS_LYING_BACK_ARCH', 'RECTUS_ABDOMINIS', 'Lying back-arch stretch',
     'Lie on your front with your hands under your shoulders.
Press up slowly onto your forearms, keeping the hips on the floor.
Let the belly lengthen and the shoulders stay down.
Breathe out and relax further; lower down slowly.',
     'PRONE', false, null, 10),
    ('RECTUS_ABDOMINIS_STANDING_BACK_ARCH', 'RECTUS_ABDOMINIS', 'Standing back-arch stretch',
     'Stand with your feet hip width apart and your hands on the back of your hips.
Lift your chest and lean back slowly, only a little.
Keep looking ahead and breathe evenly.
Breathe out and let the belly lengthen; come back upright slowly.',
     'STANDING', false, null, 20),
    ('EXTERNAL_OBLIQUE_SIDE_BEND', 'EXTERNAL_OBLIQUE', 'Standing side bend',
     'Stand with the feet hip width apart.
Raise the arm of the side to be stretched overhead.
Bend slowly to the other side, keeping the hips still.
Breathe out and let the side of the waist lengthen.',
     'STANDING', false, null, 10),
    ('THORACOLUMBAR_PARASPINALS_KNEES_TO_CHEST', 'THORACOLUMBAR_PARASPINALS', 'Knees-to-chest stretch',
     'Lie on your back with the knees bent.
Bring one knee and then the other towards your chest and hold them behind the thighs.
Let the lower back round gently into the floor.
Breathe out and draw the knees a little closer.',
     'SUPINE', true, null, 10),
    ('THORACOLUMBAR_PARASPINALS_SIDE_LYING_CURL', 'THORACOLUMBAR_PARASPINALS', 'Side-lying curl',
     'Lie on your side with a pillow under your head.
Bring both knees up slowly towards your chest, letting the low back round gently.
Rest your top hand on your knee; do not pull.
Breathe out into the low back and let it soften.',
     'SIDE_LYING', true, null, 20),
    ('THORACOLUMBAR_PARASPINALS_KNEE_ROLLS', 'THORACOLUMBAR_PARASPINALS', 'Lying knee rolls',
     'Lie on your back with the knees bent and the feet flat.
Let both knees roll slowly to one side, only as far as is comfortable, shoulders on the floor.
Breathe out and let the low back soften; bring the knees back to the middle.
Roll to the other side the same way.',
     'SUPINE', false, null, 30),
    ('QUADRATUS_LUMBORUM_SIDE_LYING_WAIST', 'QUADRATUS_LUMBORUM', 'Side-lying waist stretch',
     'Lie on the other side at the edge of the bed with a pillow under your waist.
Let the top leg slide back and down off the edge of the bed.
Reach the top arm overhead to lengthen the side of the waist.
Breathe out and let the leg sink a little lower.',
     'SIDE_LYING', false, null, 10),
    ('QUADRATUS_LUMBORUM_STANDING_SIDE_BEND', 'QUADRATUS_LUMBORUM', 'Standing side bend',
     'Stand with the feet hip width apart, one hand on a chair or wall.
Raise the arm of the side to be stretched overhead.
Bend slowly to the other side, keeping the hips still.
Breathe out and let the side of the waist lengthen.',
     'STANDING', false, null, 20),
    ('MULTIFIDI_CHILD_POSE', 'MULTIFIDI', 'Child pose',
     'Kneel on the floor and sit back towards your heels.
Reach your arms forward on the floor and let your forehead rest down.
Let the lower back round and lengthen.
Breathe out into the lower back and let it soften.',
     'KNEELING', true, null, 10),
    ('MULTIFIDI_KNEE_ROLLS', 'MULTIFIDI', 'Lying knee rolls',
     'Lie on your back with the knees bent and the feet flat.
Let both knees roll slowly to one side, only as far as is comfortable, shoulders on the floor.
Breathe out and let the low back soften; bring the knees back to the middle.
Roll to the other side the same way.',
     'SUPINE', false, null, 20),
    ('MULTIFIDI_SIDE_LYING_CURL', 'MULTIFIDI', 'Side-lying curl',
     'Lie on your side with a pillow under your head.
Bring both knees up slowly towards your chest, letting the low back round gently.
Rest your top hand on your knee; do not pull.
Breathe out into the low back and let it soften.',
     'SIDE_LYING', true, null, 30),
    ('ILIOPSOAS_KNEELING_HIP_FLEXOR', 'ILIOPSOAS', 'Kneeling hip flexor stretch',
     'Kneel on a cushion on the knee of the side to be stretched, the other foot flat in front; hold a chair for balance.
Tuck your tailbone under and keep the trunk upright.
Shift your weight slowly forward until you feel a stretch at the front of the hip.
Breathe out and let the hip sink a little further.',
     'KNEELING', false, null, 10),
    ('ILIOPSOAS_STANDING_LUNGE', 'ILIOPSOAS', 'Standing hip flexor stretch',
     'Stand holding a chair and step the leg to be stretched back, heel lifted.
Tuck your tailbone under and keep the trunk upright.
Bend the front knee slowly until you feel a stretch at the front of the back hip.
Breathe out and let the hip lengthen.',
     'STANDING', false, null, 20),
    ('TENSOR_FASCIAE_LATAE_STANDING_CROSSOVER', 'TENSOR_FASCIAE_LATAE', 'Standing cross-over hip stretch',
     'Stand side-on to a wall with the side to be stretched nearest it, one hand on the wall.
Cross the leg to be stretched behind the other leg.
Let the hip of that side drift slowly out towards the wall, keeping the trunk upright.
Breathe out and feel the stretch over the outer hip.',
     'STANDING', false, null, 10),
    ('GLUTEUS_MEDIUS_STANDING_CROSSOVER', 'GLUTEUS_MEDIUS', 'Standing leg-across hip stretch',
     'Stand side-on to a wall with the side to be stretched nearest it, one hand on the wall.
Cross the leg to be stretched behind the other leg.
Let the hip of that side drift slowly out towards the wall, keeping the trunk upright.
Breathe out and feel the stretch over the outer hip.',
     'STANDING', false, null, 10),
    ('GLUTEUS_MEDIUS_SIDE_LYING_LEG_DROP', 'GLUTEUS_MEDIUS', 'Side-lying leg-drop stretch',
     'Lie on your other side at the edge of the bed, the lower knee bent for balance.
Take the top leg slightly behind you, knee straight.
Let it hang down slowly over the edge of the bed.
Breathe out and let the outer hip lengthen.',
     'SIDE_LYING', false, null, 20),
    ('GLUTEUS_MINIMUS_LYING_LEG_ACROSS', 'GLUTEUS_MINIMUS', 'Lying leg-across stretch',
     'Lie on your back with the leg to be stretched straight.
Bend the other knee and bring the straight leg across it towards the other side.
Keep both shoulders on the floor.
Breathe out and let the outer hip lengthen.',
     'SUPINE', false, null, 10),
    ('GLUTEUS_MINIMUS_STANDING_CROSSOVER', 'GLUTEUS_MINIMUS', 'Standing leg-across hip stretch',
     'Stand side-on to a wall with the side to be stretched nearest it, one hand on the wall.
Cross the leg to be stretched behind the other leg.
Let the hip of that side drift slowly out towards the wall, keeping the trunk upright.
Breathe out and feel the stretch over the outer hip.',
     'STANDING', false, null, 20),
    ('PIRIFORMIS_LYING_FIGURE_FOUR', 'PIRIFORMIS', 'Figure-four stretch',
     'Lie on your back with both knees bent.
Cross the ankle of the side to be stretched over the opposite knee.
Hold behind the thigh of the lower leg and draw both legs gently towards you.
Breathe out and let the buttock release.',
     'SUPINE', false, null, 10),
    ('PIRIFORMIS_SEATED_FIGURE_FOUR', 'PIRIFORMIS', 'Seated figure-four stretch',
     'Sit tall on a firm chair.
Cross the ankle of the side to be stretched over the opposite knee.
Keeping your back straight, lean forward slightly from the hips.
Breathe out and let the buttock release.',
     'SEATED', false, null, 20),
    ('GLUTEUS_MAXIMUS_KNEE_TO_OPPOSITE_SHOULDER', 'GLUTEUS_MAXIMUS', 'Knee-to-opposite-shoulder stretch',
     'Lie on your back with both legs straight or knees bent.
Bring one knee up and hold it with both hands.
Draw it towards the opposite shoulder.
Breathe out and let the buttock lengthen.',
     'SUPINE', true, null, 10),
    ('GLUTEUS_MAXIMUS_SEATED_KNEE_LIFT', 'GLUTEUS_MAXIMUS', 'Seated knee-to-shoulder stretch',
     'Sit tall on a firm chair with both feet on the floor.
Lift the knee of the side to be stretched and hold it with both hands.
Draw it gently towards the opposite shoulder, keeping your back straight.
Breathe out and let the buttock lengthen.',
     'SEATED', false, null, 20),
    ('RECTUS_FEMORIS_STANDING', 'RECTUS_FEMORIS', 'Standing thigh stretch',
     'Stand holding a chair or wall for balance.
Bend the knee of the leg to be stretched and hold your ankle or trouser leg behind you.
Keep the knees together and tuck your tailbone under.
Breathe out and let the front of the thigh lengthen.',
     'STANDING', false, null, 10),
    ('RECTUS_FEMORIS_SIDE_LYING', 'RECTUS_FEMORIS', 'Lying side thigh stretch',
     'Lie on your side, the leg to be stretched on top.
Bend the top knee and hold the ankle or a towel around it.
Draw the heel gently towards your buttock, keeping the knees together.
Breathe out and let the front of the thigh lengthen.',
     'SIDE_LYING', false, null, 20),
    ('ADDUCTOR_LONGUS_BREVIS_BUTTERFLY', 'ADDUCTOR_LONGUS_BREVIS', 'Butterfly stretch',
     'Sit on the floor with your back against a wall.
Bring the soles of your feet together and let the knees drop outwards.
Rest your hands on your ankles.
Breathe out and let the knees sink slowly without pushing them.',
     'SEATED', false, null, 10),
    ('ADDUCTOR_MAGNUS_WIDE_LEG_FORWARD', 'ADDUCTOR_MAGNUS', 'Wide-leg forward stretch',
     'Sit on the floor with your legs wide apart and the knees straight but not locked.
Sit tall and place your hands on the floor in front of you.
Lean forward slowly from the hips, keeping the back long.
Breathe out and let the inner thighs lengthen.',
     'SEATED', true, null, 10),
    ('ADDUCTOR_MAGNUS_STANDING_SIDE_LUNGE', 'ADDUCTOR_MAGNUS', 'Standing side lunge',
     'Stand with your feet wide apart, toes forward, holding a chair.
Bend the other knee slowly and shift your weight towards it, keeping the leg to be stretched straight.
Keep your back upright.
Breathe out and let the inner thigh lengthen.',
     'STANDING', false, null, 20),
    ('VASTUS_MEDIALIS_SIDE_LYING', 'VASTUS_MEDIALIS', 'Lying side thigh stretch',
     'Lie on your side, the leg to be stretched on top.
Bend the top knee and hold the ankle or a towel around it.
Draw the heel gently towards your buttock, keeping the knees together.
Breathe out and let the front of the thigh lengthen.',
     'SIDE_LYING', false, null, 10),
    ('VASTUS_MEDIALIS_STANDING', 'VASTUS_MEDIALIS', 'Standing thigh stretch',
     'Stand holding a chair or wall for balance.
Bend the knee of the leg to be stretched and hold your ankle or trouser leg behind you.
Keep the knees together and tuck your tailbone under.
Breathe out and let the front of the thigh lengthen.',
     'STANDING', false, null, 20),
    ('VASTUS_LATERALIS_STANDING', 'VASTUS_LATERALIS', 'Standing thigh stretch',
     'Stand holding a chair or wall for balance.
Bend the knee of the leg to be stretched and hold your ankle or trouser leg behind you.
Keep the knees together and tuck your tailbone under.
Breathe out and let the front of the thigh lengthen.',
     'STANDING', false, null, 10),
    ('VASTUS_LATERALIS_SIDE_LYING', 'VASTUS_LATERALIS', 'Lying side thigh stretch',
     'Lie on your side, the leg to be stretched on top.
Bend the top knee and hold the ankle or a towel around it.
Draw the heel gently towards your buttock, keeping the knees together.
Breathe out and let the front of the thigh lengthen.',
     'SIDE_LYING', false, null, 20),
    ('HAMSTRINGS_LYING_TOWEL', 'HAMSTRINGS', 'Lying hamstring stretch with a towel',
     'Lie on your back with a towel around the foot of the leg to be stretched.
Raise the leg slowly, keeping the knee almost straight.
Keep the other leg bent with the foot on the floor.
Breathe out and let the leg rise a little higher, only as far as is comfortable.',
     'SUPINE', false, null, 10),
    ('HAMSTRINGS_SEATED', 'HAMSTRINGS', 'Seated hamstring stretch',
     'Sit on the front of a firm chair with the leg to be stretched out straight, heel on the floor, toes up.
Sit tall and lean forward slowly from the hips, keeping your back straight.
Stop where you feel a gentle stretch at the back of the thigh.
Breathe out and let the leg lengthen.',
     'SEATED', false, null, 20),
    ('TIBIALIS_ANTERIOR_KNEELING_SHIN', 'TIBIALIS_ANTERIOR', 'Kneeling shin stretch',
     'Kneel on a soft surface with the tops of your feet flat on the floor.
Sit back slowly towards your heels, using your hands for support.
Stop where you feel a gentle stretch along the front of the shin.
Breathe out and let the ankles relax.',
     'KNEELING', false, null, 10),
    ('TIBIALIS_ANTERIOR_STANDING_SHIN', 'TIBIALIS_ANTERIOR', 'Standing shin stretch',
     'Stand holding a chair.
Place the top of the foot of the leg to be stretched on the floor behind you, toes pointed.
Bend the standing knee slightly so the front of the shin lengthens.
Breathe out and let the ankle relax.',
     'STANDING', false, null, 20),
    ('EXTENSOR_DIGITORUM_LONGUS_TOE_CURL', 'EXTENSOR_DIGITORUM_LONGUS', 'Toe-curl shin stretch',
     'Sit on a chair and cross the leg to be stretched over the other knee.
Hold the foot and curl the toes down while pointing the foot.
Keep the ankle relaxed.
Breathe out and ease the toes and foot a little further.',
     'SEATED', false, null, 10),
    ('PERONEUS_LONGUS_FOOT_UP_SOLE_IN', 'PERONEUS_LONGUS', 'Foot-up, sole-in stretch',
     'Sit on a chair and cross the leg to be stretched over the other knee.
Hold the foot and draw it slowly up towards the shin.
Keeping it up, turn the sole slowly inwards, towards you.
Breathe out and feel the stretch along the outside of the ankle and lower leg.',
     'SEATED', false, null, 10),
    ('GASTROCNEMIUS_WALL_KNEE_STRAIGHT', 'GASTROCNEMIUS', 'Wall calf stretch, knee straight',
     'Stand facing a wall with your hands on it.
Step the leg to be stretched back, heel on the floor, knee straight.
Bend the front knee and lean slowly towards the wall.
Breathe out and let the calf lengthen.',
     'STANDING', false, null, 10),
    ('SOLEUS_WALL_KNEE_BENT', 'SOLEUS', 'Wall calf stretch, knee bent',
     'Stand facing a wall with your hands on it.
Step the leg to be stretched back a short distance, heel down.
Bend both knees slowly, keeping the back heel on the floor.
Breathe out and let the lower calf lengthen.',
     'STANDING', false, null, 10),
    ('PLANTAR_FOOT_MUSCLES_TOES_BACK', 'PLANTAR_FOOT_MUSCLES', 'Toe-back sole stretch',
     'Sit and cross the foot to be stretched over the other knee.
Hold your toes and draw them gently back towards the shin.
Feel the stretch along the sole of the foot.
Breathe out and ease the toes back a little further.',
     'SEATED', false, null, 10);

-- The catalogue's stretches replace the one stretch per muscle.
alter table muscle_self_care drop column stretch_name, drop column stretch_steps;

-- Snapshots (V9) keep what a signed note's handout was first issued with. They now keep what the safety rules read
-- too: the phone number, the client's contraindication sites, the self-pressure's position, tool and gentle version,
-- and the stretches of each treated muscle. Snapshots taken before this review held texts the review withdrew (a
-- figure-4 as the gluteus medius stretch, an overhead reach for the serratus anterior, face-down positions): a later
-- issue of such a note must not hand them out again, so they are brought to the reviewed texts here, once. The
-- handouts table keeps the SHA-256 of every PDF that was actually given.
alter table handout_snapshots add column contact_phone varchar(30);

alter table handout_snapshot_self_care
    add column pressure_position varchar(10) check (pressure_position in (
        'STANDING', 'SEATED', 'KNEELING', 'SIDE_LYING', 'SUPINE', 'PRONE')),
    add column pressure_tool     varchar(4)  check (pressure_tool in ('HAND', 'BALL')),
    add column gentle_pressure   varchar(1000);

alter table handout_snapshot_self_care disable trigger handout_snapshot_self_care_is_permanent;
update handout_snapshot_self_care n
set self_pressure = s.self_pressure, pressure_position = s.pressure_position, pressure_tool = s.pressure_tool,
    gentle_pressure = s.gentle_pressure, frequency = s.frequency
from muscle_self_care s
where s.muscle_code = n.muscle_code;
alter table handout_snapshot_self_care enable trigger handout_snapshot_self_care_is_permanent;

alter table handout_snapshot_self_care
    alter column pressure_position set not null,
    alter column pressure_tool set not null,
    alter column gentle_pressure set not null,
    drop column stretch_name,
    drop column stretch_steps;

create table handout_snapshot_stretches (
    note_id              uuid          not null references handout_snapshots (note_id),
    code                 varchar(60)   not null,
    muscle_code          varchar(40)   not null references muscles (code),
    name                 varchar(200)  not null,
    steps                varchar(2000) not null,
    position             varchar(10)   not null check (position in (
        'STANDING', 'SEATED', 'KNEELING', 'SIDE_LYING', 'SUPINE', 'PRONE')),
    loads_spinal_flexion boolean       not null,
    part                 varchar(5)    check (part in ('FRONT', 'SIDE', 'BACK')),
    sort_order           integer       not null,
    primary key (note_id, code)
);

insert into handout_snapshot_stretches
select n.note_id, s.code, s.muscle_code, s.name, s.steps, s.position, s.loads_spinal_flexion, s.part, s.sort_order
from handout_snapshot_self_care n
join muscle_stretches s on s.muscle_code = n.muscle_code;

-- A snapshot without sites (all those taken before this review) reads as "anywhere": the safe reading.
create table handout_snapshot_sites (
    note_id uuid        not null references handout_snapshots (note_id),
    code    varchar(40) not null check (code in ('RECENT_TRAUMA', 'SKIN_LESION', 'CANCER_HISTORY')),
    region  varchar(20) not null check (region in (
        'HEAD_NECK', 'SHOULDER', 'UPPER_BACK', 'CHEST', 'ABDOMEN', 'ARM', 'FOREARM_HAND',
        'LOW_BACK', 'HIP', 'THIGH', 'LEG_FOOT')),
    primary key (note_id, code, region)
);

create trigger handout_snapshot_stretches_are_permanent before update or delete on handout_snapshot_stretches
    for each row execute function refuse_handout_change();
create trigger handout_snapshot_sites_are_permanent before update or delete on handout_snapshot_sites
    for each row execute function refuse_handout_change();
