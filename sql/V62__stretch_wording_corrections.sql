-- Three stretches of the reviewed catalogue (V15) whose words did not say what the stretch is, found while
-- translating them (V61); corrected in English and Spanish together, step for step:
-- - the brachioradialis stretch turned the hand "outwards" to bring the thumb towards the floor, which with the palm
--   down is an inward turn;
-- - the lying back-arch put the hands under the shoulders and then pressed up onto the forearms: the forearms are on
--   the floor from the start, elbows under the shoulders;
-- - the lateral pterygoid's "jaw glide" has no glide: it is a relaxed opening with the tongue on the roof of the
--   mouth, and is named so.

update muscle_stretches
set steps = 'Hold the arm out in front with the elbow straight and the palm facing down.
Bend the wrist down and turn the hand slightly inwards, so that the thumb points towards the floor.
Use the other hand to ease the wrist a little further.
Breathe out as the stretch increases.'
where code = 'BRACHIORADIALIS_PALM_DOWN';

update muscle_stretch_translations
set steps = 'Estire el brazo hacia delante con el codo recto y la palma hacia abajo.
Doble la muñeca hacia abajo y gire la mano un poco hacia dentro, de modo que el pulgar apunte hacia el suelo.
Con la otra mano, lleve la muñeca un poco más allá.
Suelte el aire mientras aumenta el estiramiento.'
where stretch_code = 'BRACHIORADIALIS_PALM_DOWN' and language = 'es';

update muscle_stretches
set steps = 'Lie on your front with your forearms on the floor and your elbows under your shoulders.
Press up slowly onto your forearms, keeping the hips on the floor.
Let the belly lengthen and the shoulders stay down.
Breathe out and relax further; lower down slowly.'
where code = 'RECTUS_ABDOMINIS_LYING_BACK_ARCH';

update muscle_stretch_translations
set steps = 'Túmbese boca abajo con los antebrazos en el suelo y los codos debajo de los hombros.
Incorpórese despacio apoyándose en los antebrazos, con las caderas en el suelo.
Deje que el abdomen se alargue y que los hombros sigan abajo.
Suelte el aire y relájese un poco más; baje despacio.'
where stretch_code = 'RECTUS_ABDOMINIS_LYING_BACK_ARCH' and language = 'es';

update muscle_stretches
set name = 'Relaxed jaw opening, tongue up'
where code = 'LATERAL_PTERYGOID_JAW_GLIDE';

update muscle_stretch_translations
set name = 'Apertura relajada de la mandíbula con la lengua arriba'
where stretch_code = 'LATERAL_PTERYGOID_JAW_GLIDE' and language = 'es';
