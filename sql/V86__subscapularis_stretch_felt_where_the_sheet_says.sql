-- The subscapularis' doorway rotation told the client to turn "until you feel a gentle stretch at the front of the
-- shoulder", while the sheet's caption beside its picture says where the muscle is and the pull is felt: "under the
-- shoulder blade, in the back of the armpit" (clinical review 13). The step now says the same, in English and Spanish.

update muscle_stretches
set steps = 'Stand in a doorway and rest your forearm against the frame, elbow bent at a right angle and at shoulder height or lower.
Turn your body slowly away from the arm until you feel a gentle stretch deep in the armpit, towards its back, under the shoulder blade.
Keep the shoulder blade back and down.
Breathe out and turn a little further; come back slowly.'
where code = 'SUBSCAPULARIS_DOORWAY_ROTATION';

update muscle_stretch_translations
set steps = 'Póngase de pie en el marco de una puerta y apoye el antebrazo en el marco, con el codo doblado en ángulo recto y a la altura del hombro o más abajo.
Gire el cuerpo despacio alejándose del brazo hasta notar un estiramiento suave en el fondo de la axila, hacia su parte posterior, debajo del omóplato.
Mantenga el omóplato hacia atrás y hacia abajo.
Suelte el aire y gire un poco más; vuelva despacio.'
where stretch_code = 'SUBSCAPULARIS_DOORWAY_ROTATION' and language = 'es';
