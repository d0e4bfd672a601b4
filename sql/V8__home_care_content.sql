-- Home care: what a client is taught to do between sessions for each muscle of the catalogue, the practice's
-- letterhead for the handout, and the therapist's personal advice and next appointment on a note.
-- The self-care texts are reference data an administrator may edit (versioned for optimistic locking); a handout
-- of a signed note keeps the texts it was first issued with (see V9), so later edits never change it.

-- Administrators correct a muscle's referred-pain description and SNOMED code; the version guards concurrent edits.
alter table muscles add column version integer not null default 0;

create table muscle_self_care (
    muscle_code   varchar(40)   primary key references muscles (code),
    version       integer       not null default 0,
    -- How to find the point and press it yourself, pain free.
    self_pressure varchar(1000) not null check (btrim(self_pressure) <> ''),
    stretch_name  varchar(200)  not null check (btrim(stretch_name) <> ''),
    -- The stretch's steps, one per line, in order.
    stretch_steps varchar(2000) not null check (btrim(stretch_steps) <> ''),
    frequency     varchar(300)  not null check (btrim(frequency) <> ''),
    updated_at    timestamptz,
    updated_by    uuid          references users (id)
);

-- The handout's letterhead. The logo sits in its own one-row table so that reading the settings, which every
-- request does, never loads the image; it is small (a PNG or JPEG of at most 256 KiB).
alter table practice_settings
    add column practice_name    varchar(120),
    add column practice_contact varchar(300);

create table practice_logo (
    id         smallint    primary key references practice_settings (id),
    image      bytea       not null check (octet_length(image) between 1 and 262144),
    media_type varchar(10) not null check (media_type in ('image/png', 'image/jpeg'))
);

-- What the therapist tells this client personally, and when they come back; part of the note, final once signed.
alter table treatment_notes
    add column home_care_note   varchar(1000),
    add column next_appointment timestamptz;

insert into muscle_self_care (muscle_code, self_pressure, stretch_name, stretch_steps, frequency) values
    ('TEMPORALIS',
     'Place two or three fingertips on the side of your head just above and in front of the ear. Clench your teeth gently to feel the muscle, then relax the jaw and press slowly into the tender spot.',
     'Jaw opening with the head still',
     'Sit tall with your shoulders relaxed.
Let your jaw hang open slowly, keeping the tongue resting behind the upper front teeth.
Place a hand on your chin and add a gentle downward ease as you breathe out.
Close slowly and rest the jaw with the teeth slightly apart.',
     'Two or three times a day, and whenever you notice yourself clenching.'),
    ('MASSETER',
     'Place your fingertips on your cheek in front of the ear lobe and clench lightly to find the firm muscle; then let the jaw go slack and press slowly into the tender spot, or pinch it gently with thumb inside and fingers outside the cheek.',
     'Jaw opening stretch',
     'Sit tall and let your jaw drop slowly open as far as is comfortable.
Rest your fingertips on your lower front teeth and ease the jaw a little further open as you breathe out.
Keep the movement straight down, without sliding the jaw sideways.
Close slowly and let the teeth rest apart.',
     'Two or three times a day, and before bed if you clench or grind at night.'),
    ('LATERAL_PTERYGOID',
     'This muscle lies deep: press only very lightly with one fingertip in the hollow just in front of the ear, below the cheekbone, while the mouth is slightly open. Do not press inside the mouth at home.',
     'Relaxed jaw glide',
     'Sit tall and rest the tip of your tongue on the roof of your mouth.
Open your mouth slowly, keeping the tongue in place, only as far as is comfortable.
Let the jaw rest there and breathe out slowly, letting the face relax.
Close slowly and let the teeth rest apart.',
     'Twice a day, and when the jaw feels tight.'),
    ('STERNOCLEIDOMASTOID',
     'Turn your head slightly to the opposite side to make the muscle stand out along the side of the neck. Pinch it gently between thumb and fingers, away from the pulse in the throat, and squeeze slowly until you feel the tender spot.',
     'Side-of-neck stretch looking up',
     'Sit tall and hold the seat of your chair with the hand on the side to be stretched.
Tilt your ear towards the opposite shoulder.
Turn your face slightly up towards the ceiling until you feel a gentle stretch in the side and front of the neck.
Breathe out and let the stretch deepen a little; come back slowly.',
     'Two or three times a day, especially after reading or screen work.'),
    ('SCALENES',
     'Rest the flat of your fingers just above the collarbone at the side of the neck. Press very gently only: nerves and blood vessels run here, so stop at once if you feel tingling in the arm or hand.',
     'Scalene stretch',
     'Sit tall and place the hand of the side to be stretched under your buttock, or hold the chair seat.
Tilt your head away from that side, ear towards the other shoulder.
Turn your chin slightly up and away until you feel a gentle stretch above the collarbone.
Breathe out slowly into the stretch; stop if the arm tingles.',
     'Twice a day; also breathe slowly into your belly during the day.'),
    ('SUBOCCIPITALS',
     'Lie on your back and rest the base of your skull on two tennis balls in a sock, one each side of the spine, or press upward gently with your fingertips under the skull edge.',
     'Chin nod',
     'Lie on your back or sit tall with the head level.
Nod your chin gently down as if saying yes, lengthening the back of the neck.
Keep the jaw relaxed and do not push the head forward.
Breathe out and let the back of the neck soften further.',
     'Several times a day, especially during screen work.'),
    ('SPLENIUS_CAPITIS',
     'Find the spot at the back of the neck just below the skull, a thumb width to the side of the spine. Press slowly with your fingertips, or lie on a tennis ball placed there.',
     'Chin-to-chest turning stretch',
     'Sit tall and drop your chin slowly towards your chest.
Turn your head a little towards the opposite side, nose towards that armpit.
Rest the hand of that side lightly on the back of your head without pulling.
Breathe out and let the weight of your hand deepen the stretch a little.',
     'Two or three times a day.'),
    ('POSTERIOR_CERVICALS',
     'Press with your fingertips on the tender spot beside the spine at the back of the neck, or lie on your back with a tennis ball in a sock under that spot and let the head rest on it.',
     'Chin-to-chest stretch',
     'Sit tall and tuck your chin in slightly.
Let your head bend forward slowly, chin towards the chest.
Rest both hands lightly on the back of the head, elbows down, without pulling.
Breathe out and let the neck lengthen; come up slowly.',
     'Two or three times a day, and after long spells looking down.'),
    ('LEVATOR_SCAPULAE',
     'Stand with your back against a wall and place a tennis ball where the neck meets the top of the shoulder blade. Lean in slowly until you feel the tender spot, or press with the fingers of the other hand.',
     'Chin-to-armpit stretch',
     'Sit tall and hold the seat of the chair with the hand of the side to be stretched.
Turn your head about 45 degrees away from that side and bow your nose towards the opposite armpit.
Rest the other hand on the back of your head without pulling.
Breathe out and let the stretch increase slightly; return slowly.',
     'Two or three times a day, and after driving or desk work.'),
    ('UPPER_TRAPEZIUS',
     'Pinch the muscle at the top of the shoulder between your thumb and fingers, or reach across with the opposite hand and press down with the fingertips. Squeeze slowly until you feel the tender spot.',
     'Ear-to-shoulder stretch',
     'Sit tall and hold the seat of the chair with the hand of the side to be stretched.
Tilt your head away, bringing the ear towards the other shoulder.
Rest the other hand on the side of your head without pulling.
Breathe out and let the shoulder drop as the stretch increases.',
     'Two or three times a day, and during breaks from the desk.'),
    ('DELTOID',
     'Press with the fingertips of the opposite hand on the tender spot on the front, side or back of the shoulder, or lean the shoulder against a ball on a wall.',
     'Cross-body arm stretch',
     'Stand or sit tall.
Bring the arm across the front of your body at shoulder height.
Hold it above the elbow with the other hand and draw it gently closer.
Breathe out and let the shoulder relax back and down.',
     'Twice a day.'),
    ('SUBSCAPULARIS',
     'This muscle lies under the shoulder blade and is hard to reach: lie on your back with the arm relaxed and press gently with the fingers of the other hand into the back of the armpit, against the shoulder blade.',
     'Doorway arm-rotation stretch',
     'Stand in a doorway and rest your forearm against the frame, elbow bent at a right angle and at shoulder height or lower.
Turn your body slowly away from the arm until you feel a gentle stretch at the front of the shoulder.
Keep the shoulder blade back and down.
Breathe out and turn a little further; come back slowly.',
     'Twice a day; also warm the shoulder before reaching overhead.'),
    ('SUPRASPINATUS',
     'Find the spot on the top of the shoulder blade, above its ridge. Press with the fingertips of the opposite hand, or lean against a tennis ball on a wall.',
     'Arm-behind-back stretch',
     'Stand tall and place the back of your hand on your lower back.
With the other hand, hold the wrist and draw it gently across your back.
Keep the shoulders level and relaxed.
Breathe out and let the shoulder ease forward into the stretch.',
     'Twice a day.'),
    ('INFRASPINATUS',
     'Lie on your back on a tennis ball placed on the flat of the shoulder blade, or stand against a wall with the ball there, and lean in slowly until you feel the tender spot.',
     'Cross-body shoulder blade stretch',
     'Stand or sit tall.
Bring the arm across your chest, hand towards the opposite shoulder.
Hold the elbow with the other hand and draw it gently across.
Breathe out and let the shoulder blade slide forward with the stretch.',
     'Twice a day, and before sleeping if lying on the shoulder hurts.'),
    ('TERES_MINOR',
     'Lean against a tennis ball on a wall placed at the outer edge of the shoulder blade, just behind the armpit, or press there with the fingers of the other hand.',
     'Cross-body stretch with the arm raised',
     'Stand tall and raise the arm forward to shoulder height.
Bring it across your body and hold it above the elbow with the other hand.
Draw the arm gently across and slightly up.
Breathe out and let the back of the shoulder soften.',
     'Twice a day.'),
    ('TERES_MAJOR',
     'Lie on your side and pinch the fold at the back of the armpit between thumb and fingers, or lean the lower outer edge of the shoulder blade against a tennis ball on a wall.',
     'Overhead reach with side bend',
     'Stand tall and raise the arm overhead, bending the elbow so the hand rests behind your head.
Hold the elbow with the other hand.
Lean your body gently to the other side.
Breathe out and let the back of the armpit lengthen.',
     'Twice a day.'),
    ('PECTORALIS_MAJOR',
     'Pinch the front fold of the armpit between thumb and fingers, or stand facing a wall with a tennis ball on the chest below the collarbone and lean in slowly.',
     'Doorway chest stretch',
     'Stand in a doorway with the forearm against the frame, elbow at shoulder height.
Step forward slowly with the leg on the same side.
Keep the shoulder down and the chin level.
Breathe out and let the chest open a little more.',
     'Two or three times a day, especially after desk work or driving.'),
    ('PECTORALIS_MINOR',
     'Press gently with your fingertips just below the collarbone, a hand width in from the front of the shoulder, or lean against a ball on a wall at that spot.',
     'Doorway stretch with the arm high',
     'Stand in a doorway with the forearm against the frame, elbow above shoulder height.
Step forward slowly and let the shoulder blade draw back and down.
Keep the ribs from flaring forward.
Breathe out and let the front of the shoulder open.',
     'Twice a day.'),
    ('SERRATUS_ANTERIOR',
     'Lie on the other side and press gently with your fingertips on the side of the ribcage below the armpit, between the ribs. Press lightly: it is close to the ribs.',
     'Side reach with a deep breath',
     'Stand tall and raise the arm of the side to be stretched overhead.
Lean your body slowly to the opposite side.
Breathe in into the side of your ribs, then breathe out and let the stretch deepen.
Come back upright slowly.',
     'Twice a day, and whenever deep breathing feels restricted.'),
    ('MIDDLE_TRAPEZIUS',
     'Lie on your back or stand against a wall with a tennis ball between the spine and the shoulder blade, and lean in slowly until you feel the tender spot.',
     'Hug stretch',
     'Sit or stand tall.
Cross your arms and hold the opposite shoulders, as if hugging yourself.
Round your upper back gently and let the shoulder blades spread apart.
Breathe out into the space between the shoulder blades.',
     'Two or three times a day.'),
    ('RHOMBOIDS',
     'Lie on your back with a tennis ball between the spine and the inner edge of the shoulder blade, or stand with the ball against a wall, and lean in slowly.',
     'Arms-forward upper back stretch',
     'Sit tall and clasp your hands in front of you at chest height.
Push your hands forward and let your upper back round.
Let your head drop slightly forward.
Breathe out and feel the shoulder blades glide apart.',
     'Two or three times a day, and after long spells at the desk.'),
    ('SERRATUS_POSTERIOR_SUPERIOR',
     'This point lies under the upper shoulder blade: cross your arm over your chest to slide the shoulder blade out of the way, then lean against a tennis ball on a wall near the top inner edge of the shoulder blade.',
     'Hug stretch with a slumped spine',
     'Sit on the edge of a chair.
Cross your arms and hold the opposite shoulders.
Let your upper back round and your head drop forward.
Breathe out and let the shoulder blades spread further.',
     'Twice a day.'),
    ('LOWER_TRAPEZIUS',
     'Lie on your back with a tennis ball below the lower tip of the shoulder blade, near the spine, or stand with the ball against a wall at that spot, and lean in slowly.',
     'Forward-reach stretch',
     'Sit tall and clasp your hands in front of you.
Reach forward and slightly down, letting the shoulder blades slide forward and up.
Let your back round gently.
Breathe out and let the mid back lengthen.',
     'Twice a day.'),
    ('LATISSIMUS_DORSI',
     'Lie on your side and pinch the muscle at the back of the armpit and along the side of the ribs between thumb and fingers, squeezing slowly.',
     'Overhead side stretch',
     'Stand tall and raise the arm of the side to be stretched overhead.
Hold the wrist with the other hand.
Lean slowly to the opposite side, drawing the arm up and over.
Breathe out and let the side of the body lengthen from hip to armpit.',
     'Twice a day.'),
    ('BICEPS_BRACHII',
     'Press with the fingertips of the other hand into the front of the upper arm, about halfway between shoulder and elbow, with the arm relaxed on a table.',
     'Wall biceps stretch',
     'Stand side-on to a wall and place your palm on it behind you at shoulder height, thumb up.
Keep the elbow straight but not locked.
Turn your body slowly away from the wall.
Breathe out and let the front of the arm and shoulder lengthen.',
     'Twice a day.'),
    ('TRICEPS_BRACHII',
     'Pinch the back of the upper arm between thumb and fingers with the arm relaxed, or press with the fingertips just above the elbow at the back.',
     'Overhead triceps stretch',
     'Stand or sit tall and raise the arm overhead.
Bend the elbow so your hand drops behind your head.
With the other hand, ease the elbow back and towards your head.
Breathe out and let the back of the arm lengthen.',
     'Twice a day.'),
    ('BRACHIORADIALIS',
     'Rest your forearm on a table, thumb up, and press with the fingers of the other hand on the muscle on the thumb side of the forearm, just below the elbow.',
     'Forearm stretch, palm down',
     'Hold the arm out in front with the elbow straight and the palm facing down.
Bend the wrist down and turn the hand slightly outwards, thumb towards the floor.
Use the other hand to ease the wrist a little further.
Breathe out as the stretch increases.',
     'Two or three times a day, and during breaks from gripping tasks.'),
    ('SUPINATOR',
     'Rest your forearm on a table, palm up, and press with the thumb of the other hand on the outer forearm just below the elbow crease.',
     'Forearm turning stretch',
     'Hold the arm in front, elbow straight.
Turn the palm down and then further, as if pouring from a jug.
With the other hand, guide the turn a little further.
Breathe out as you ease into it.',
     'Two or three times a day.'),
    ('FOREARM_FLEXORS',
     'Rest your forearm on a table, palm up, and press with the thumb of the other hand into the muscles on the inner forearm, a few finger widths below the elbow.',
     'Wrist and finger flexor stretch',
     'Hold the arm out in front with the elbow straight and the palm facing up.
With the other hand, bend the wrist back and ease the fingers back gently.
Keep the elbow straight but not locked.
Breathe out as the stretch increases.',
     'Two or three times a day, and during breaks from typing or gripping.'),
    ('FOREARM_EXTENSORS',
     'Rest your forearm on a table, palm down, and press with the thumb of the other hand into the muscles on the back of the forearm, a few finger widths below the elbow.',
     'Wrist and finger extensor stretch',
     'Hold the arm out in front with the elbow straight and the palm facing down.
Make a loose fist and bend the wrist down.
With the other hand, ease the back of the hand further down.
Breathe out as the stretch increases.',
     'Two or three times a day, and during breaks from typing or gripping.'),
    ('RECTUS_ABDOMINIS',
     'Lie on your back with the knees bent and press gently with the fingertips on the tender spot on the muscle either side of the navel. Press lightly and never over the navel itself.',
     'Lying back-arch stretch',
     'Lie on your front with your hands under your shoulders.
Press up slowly onto your forearms, keeping the hips on the floor.
Let the belly lengthen and the shoulders stay down.
Breathe out and relax further; lower down slowly.',
     'Once or twice a day.'),
    ('EXTERNAL_OBLIQUE',
     'Lie on your back with the knees bent and press gently with the fingertips on the side of the belly, between the lower ribs and the top of the hip bone.',
     'Standing side bend',
     'Stand with the feet hip width apart.
Raise the arm of the side to be stretched overhead.
Bend slowly to the other side, keeping the hips still.
Breathe out and let the side of the waist lengthen.',
     'Once or twice a day.'),
    ('THORACOLUMBAR_PARASPINALS',
     'Lie on your back with a tennis ball in a sock beside the spine at the tender spot (never on the spine itself), knees bent, and let your weight settle on it slowly.',
     'Knees-to-chest stretch',
     'Lie on your back with the knees bent.
Bring one knee and then the other towards your chest and hold them behind the thighs.
Let the lower back round gently into the floor.
Breathe out and draw the knees a little closer.',
     'Twice a day, and after long spells of sitting or standing.'),
    ('QUADRATUS_LUMBORUM',
     'Lie on the other side and press with the thumb or fingers into the waist, between the lowest rib and the top of the hip bone, just to the side of the back muscles. Or lie on your back on a tennis ball placed there.',
     'Side-lying waist stretch',
     'Lie on the other side at the edge of the bed with a pillow under your waist.
Let the top leg slide back and down off the edge of the bed.
Reach the top arm overhead to lengthen the side of the waist.
Breathe out and let the leg sink a little lower.',
     'Twice a day, and before getting up in the morning if the low back is stiff.'),
    ('MULTIFIDI',
     'Lie on your back, knees bent, with a tennis ball in a sock just to the side of the lower spine at the tender spot, and let your weight settle slowly. Never lie directly on the spine.',
     'Child pose',
     'Kneel on the floor and sit back towards your heels.
Reach your arms forward on the floor and let your forehead rest down.
Let the lower back round and lengthen.
Breathe out into the lower back and let it soften.',
     'Twice a day.'),
    ('ILIOPSOAS',
     'Lie on your back with the knees bent. Press very gently with the fingertips into the belly about two finger widths inside the front of the hip bone, sinking slowly as you breathe out. If you feel a pulse, move your fingers.',
     'Kneeling hip flexor stretch',
     'Kneel on a cushion on the knee of the side to be stretched, the other foot flat in front.
Tuck your tailbone under and keep the trunk upright.
Shift your weight slowly forward until you feel a stretch at the front of the hip.
Breathe out and let the hip sink a little further.',
     'Twice a day, and after long spells of sitting.'),
    ('TENSOR_FASCIAE_LATAE',
     'Lie on the other side and press with the fingertips on the front of the hip, just below and outside the front point of the hip bone, or lie face down with a ball under that spot.',
     'Standing cross-over hip stretch',
     'Stand side-on to a wall, the side to be stretched nearest it.
Cross the outer leg in front of the inner leg.
Lean your hip towards the wall.
Breathe out and let the outer hip lengthen.',
     'Twice a day.'),
    ('GLUTEUS_MEDIUS',
     'Lie on your back or stand against a wall with a tennis ball on the side of the buttock just below the rim of the pelvis, and lean in slowly.',
     'Lying cross-leg hip stretch',
     'Lie on your back with both knees bent.
Cross the leg to be stretched over the other, ankle resting above the other knee.
Let the crossed knee drift outwards, then draw the lower leg towards you.
Breathe out and let the outer hip soften.',
     'Twice a day.'),
    ('GLUTEUS_MINIMUS',
     'Lie on your other side and press with the fingertips on the outer hip, a hand width below the rim of the pelvis, or lie on a tennis ball placed there.',
     'Lying leg-across stretch',
     'Lie on your back with the leg to be stretched straight.
Bend the other knee and bring the straight leg across it towards the other side.
Keep both shoulders on the floor.
Breathe out and let the outer hip lengthen.',
     'Twice a day.'),
    ('PIRIFORMIS',
     'Sit on a firm chair or lie on your back with a tennis ball in the middle of the buttock, between the tailbone and the bony point of the hip, and let your weight settle slowly.',
     'Figure-four stretch',
     'Lie on your back with both knees bent.
Cross the ankle of the side to be stretched over the opposite knee.
Hold behind the thigh of the lower leg and draw both legs gently towards you.
Breathe out and let the buttock release.',
     'Twice a day, and after long spells of sitting or driving.'),
    ('GLUTEUS_MAXIMUS',
     'Sit on a firm chair or lie on your back with a tennis ball under the buttock near the tailbone, and let your weight settle slowly on the tender spot.',
     'Knee-to-opposite-shoulder stretch',
     'Lie on your back with both legs straight or knees bent.
Bring one knee up and hold it with both hands.
Draw it towards the opposite shoulder.
Breathe out and let the buttock lengthen.',
     'Twice a day.'),
    ('RECTUS_FEMORIS',
     'Sit with your leg relaxed and press with the thumbs on the front of the thigh, a hand width below the hip crease, sinking in slowly.',
     'Standing thigh stretch',
     'Stand holding a chair or wall for balance.
Bend the knee of the leg to be stretched and hold your ankle or trouser leg behind you.
Keep the knees together and tuck your tailbone under.
Breathe out and let the front of the thigh lengthen.',
     'Twice a day.'),
    ('ADDUCTOR_LONGUS_BREVIS',
     'Sit with the knee bent and turned out and press with the fingertips on the inner thigh, a hand width below the groin. Press lightly: vessels run nearby.',
     'Butterfly stretch',
     'Sit on the floor with your back against a wall.
Bring the soles of your feet together and let the knees drop outwards.
Rest your hands on your ankles.
Breathe out and let the knees sink slowly without pushing them.',
     'Twice a day.'),
    ('ADDUCTOR_MAGNUS',
     'Sit with the knee bent and turned out and press with the fingertips on the inner thigh, halfway between groin and knee, sinking in slowly.',
     'Wide-leg forward stretch',
     'Sit on the floor with your legs wide apart and the knees straight but not locked.
Sit tall and place your hands on the floor in front of you.
Lean forward slowly from the hips, keeping the back long.
Breathe out and let the inner thighs lengthen.',
     'Twice a day.'),
    ('VASTUS_MEDIALIS',
     'Sit with your leg straight and relaxed and press with the thumb on the inner front of the thigh, a few finger widths above the kneecap.',
     'Lying side thigh stretch',
     'Lie on your side, the leg to be stretched on top.
Bend the top knee and hold the ankle or a towel around it.
Draw the heel gently towards your buttock, keeping the knees together.
Breathe out and let the front of the thigh lengthen.',
     'Twice a day.'),
    ('VASTUS_LATERALIS',
     'Lie on the other side and press with the fingertips or roll gently on a ball along the outer thigh, between hip and knee; it is often tender, so go slowly.',
     'Standing thigh stretch',
     'Stand holding a chair or wall for balance.
Bend the knee of the leg to be stretched and hold your ankle behind you.
Keep the knees together and the trunk upright.
Breathe out and let the front and side of the thigh lengthen.',
     'Twice a day.'),
    ('HAMSTRINGS',
     'Sit on a firm chair with a tennis ball under the back of the thigh at the tender spot, and let the weight of the leg settle slowly.',
     'Lying hamstring stretch with a towel',
     'Lie on your back with a towel around the foot of the leg to be stretched.
Raise the leg slowly, keeping the knee almost straight.
Keep the other leg bent with the foot on the floor.
Breathe out and let the leg rise a little higher, only as far as is comfortable.',
     'Twice a day.'),
    ('TIBIALIS_ANTERIOR',
     'Sit with your foot on the floor and press with the thumb on the muscle just outside the shin bone, a hand width below the knee.',
     'Kneeling shin stretch',
     'Kneel on a soft surface with the tops of your feet flat on the floor.
Sit back slowly towards your heels, using your hands for support.
Stop where you feel a gentle stretch along the front of the shin.
Breathe out and let the ankles relax.',
     'Once or twice a day.'),
    ('EXTENSOR_DIGITORUM_LONGUS',
     'Sit with the foot on the floor and press with the thumb on the outer front of the leg, a hand width below the knee and just outside the shin muscle.',
     'Toe-curl shin stretch',
     'Sit on a chair and cross the leg to be stretched over the other knee.
Hold the foot and curl the toes down while pointing the foot.
Keep the ankle relaxed.
Breathe out and ease the toes and foot a little further.',
     'Once or twice a day.'),
    ('PERONEUS_LONGUS',
     'Sit with the foot on the floor and press with the thumb on the outside of the lower leg, a hand width below the knee.',
     'Ankle-in stretch',
     'Sit on a chair and cross the leg to be stretched over the other knee.
Hold the foot and turn the sole gently upwards and inwards.
Keep the movement slow.
Breathe out and ease the outer ankle and leg a little further.',
     'Once or twice a day.'),
    ('GASTROCNEMIUS',
     'Sit with the leg bent and press with the thumbs into the calf a hand width below the back of the knee, or rest the calf on a ball on the floor and let it settle.',
     'Wall calf stretch, knee straight',
     'Stand facing a wall with your hands on it.
Step the leg to be stretched back, heel on the floor, knee straight.
Bend the front knee and lean slowly towards the wall.
Breathe out and let the calf lengthen.',
     'Two or three times a day, and before bed if you get night cramps.'),
    ('SOLEUS',
     'Sit with the leg bent and press with the thumbs into the lower calf, above the Achilles tendon, or rest it on a ball and let it settle.',
     'Wall calf stretch, knee bent',
     'Stand facing a wall with your hands on it.
Step the leg to be stretched back a short distance, heel down.
Bend both knees slowly, keeping the back heel on the floor.
Breathe out and let the lower calf lengthen.',
     'Two or three times a day.'),
    ('PLANTAR_FOOT_MUSCLES',
     'Sit and roll the sole of your foot slowly over a tennis ball, then rest on the tender spot with gentle weight.',
     'Toe-back sole stretch',
     'Sit and cross the foot to be stretched over the other knee.
Hold your toes and draw them gently back towards the shin.
Feel the stretch along the sole of the foot.
Breathe out and ease the toes back a little further.',
     'Two or three times a day, and before the first steps in the morning.');
