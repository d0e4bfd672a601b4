-- The reviewed home-care content (V15) in Spanish. V60 translated the texts V15 withdrew (one stretch per muscle,
-- face-down positions, stretches of the wrong fibres): printing those in Spanish would hand a client in Spanish what
-- the review took away from a client in English. So the Spanish self-pressure, its gentle version and the frequency
-- are rewritten here from the reviewed English, the old per-muscle stretch is dropped, and every catalogue stretch
-- gets its own Spanish name and steps (one step per line, as many steps as the English).
--
-- A self-care translation names the English it was written from by a digest of it (english_digest: SHA-256 of the
-- self-pressure, position, tool, gentle version and frequency, joined by U+001F, as SelfCareText.digest() computes
-- it): when an administrator changes the English afterwards, the translation no longer says the same, and a sheet in
-- that language is refused until the translation is brought up to date (CurrentSelfCare). English changed back to
-- what was translated makes the translation good again. The stretch catalogue is shipped, not
-- edited, so its translations are checked against it by HandoutLanguagesTest (every stretch, step for step). Position, tool, spinal loading and fibres are not
-- translated: the safety rules read them from the English rows.

alter table muscle_self_care_translations
    add column gentle_pressure varchar(1000) check (btrim(gentle_pressure) <> ''),
    add column english_digest varchar(64) check (english_digest ~ '^[0-9a-f]{64}$');

update muscle_self_care_translations t
set self_pressure = v.self_pressure, gentle_pressure = v.gentle, frequency = v.frequency
from (values
    ('TEMPORALIS',
     'Siéntese y coloque las yemas de dos o tres dedos en el lado de la cabeza, justo por encima y por delante de la oreja. Apriete suavemente los dientes para notar el músculo; después relaje la mandíbula y presione despacio el punto sensible.',
     'Siéntese y apoye las yemas de dos dedos en el lado de la cabeza, justo por encima y por delante de la oreja. Relaje la mandíbula y presione ligeramente, solo lo que le resulte cómodo.',
     'Dos o tres veces al día, y cada vez que note que aprieta los dientes.'),
    ('MASSETER',
     'Siéntese y coloque las yemas de los dedos en la mejilla, delante del lóbulo de la oreja; apriete un poco los dientes para encontrar el músculo firme, después afloje la mandíbula y presione despacio el punto sensible.',
     'Siéntese y apoye las yemas de los dedos en la mejilla, delante del lóbulo de la oreja. Afloje la mandíbula y presione ligeramente.',
     'Dos o tres veces al día, y antes de dormir si aprieta o rechina los dientes por la noche.'),
    ('LATERAL_PTERYGOID',
     'Este músculo es profundo: siéntese, abra un poco la boca y presione solo muy ligeramente con la yema de un dedo en el hueco justo delante de la oreja, debajo del pómulo. En casa no presione por dentro de la boca.',
     'Siéntese, abra un poco la boca y apoye muy ligeramente la yema de un dedo en el hueco justo delante de la oreja, debajo del pómulo. No presione por dentro de la boca.',
     'Dos veces al día, y cuando note la mandíbula tensa.'),
    ('STERNOCLEIDOMASTOID',
     'Siéntese con la espalda recta y gire un poco la cabeza hacia el lado contrario para que el músculo se marque a lo largo del lado del cuello. Trabaje solo un lado. Pellízquelo con suavidad entre el pulgar y los dedos, bien lejos del pulso de la parte delantera de la garganta, y apriete despacio hasta notar el punto sensible. No presione nunca sobre el pulso ni trabaje nunca los dos lados a la vez.',
     'Siéntese con la espalda recta y trabaje solo un lado. Apoye planas las yemas de dos dedos sobre el músculo, a lo largo del lado del cuello, bien lejos del pulso de la parte delantera de la garganta, y presione ligeramente.',
     'Dos o tres veces al día, sobre todo después de leer o de trabajar con pantallas.'),
    ('SCALENES',
     'Siéntese con la espalda recta y apoye los dedos planos justo encima de la clavícula, en el lado del cuello. Presione solo muy suavemente: aquí pasan nervios y vasos sanguíneos.',
     'Siéntese con la espalda recta y apoye los dedos planos justo encima de la clavícula, en el lado del cuello; presione muy ligeramente.',
     'Dos veces al día; además, respire despacio con el abdomen durante el día.'),
    ('SUBOCCIPITALS',
     'Túmbese boca arriba y apoye la base del cráneo sobre dos pelotas de tenis dentro de un calcetín, una a cada lado de la columna y nunca sobre ella, o siéntese con la espalda recta y presione hacia arriba con suavidad con las yemas de los dedos bajo el borde del cráneo.',
     'Siéntese con la espalda recta y presione hacia arriba con suavidad con las yemas de los dedos bajo el borde del cráneo, a cada lado de la columna.',
     'Varias veces al día, sobre todo mientras trabaja con pantallas.'),
    ('SPLENIUS_CAPITIS',
     'Siéntese con la espalda recta y busque el punto en la nuca, justo debajo del cráneo, a un pulgar de distancia a un lado de la columna. Presione despacio con las yemas de los dedos, o túmbese boca arriba sobre una pelota de tenis colocada ahí.',
     'Siéntese con la espalda recta y presione ligeramente con las yemas de los dedos justo debajo del cráneo, a un pulgar de distancia a un lado de la columna.',
     'Dos o tres veces al día.'),
    ('POSTERIOR_CERVICALS',
     'Siéntese con la espalda recta y presione con las yemas de los dedos el punto sensible junto a la columna, en la nuca, o túmbese boca arriba con una pelota de tenis dentro de un calcetín bajo ese punto y deje descansar la cabeza sobre ella.',
     'Siéntese con la espalda recta y presione ligeramente con las yemas de los dedos el punto sensible junto a la columna, en la nuca.',
     'Dos o tres veces al día, y después de pasar mucho rato mirando hacia abajo.'),
    ('LEVATOR_SCAPULAE',
     'Póngase de pie, de espaldas a una pared, y coloque una pelota de tenis donde el cuello se une con la parte alta del omóplato. Apóyese despacio hasta notar el punto sensible, o presione con los dedos de la otra mano.',
     'Siéntese y, pasando la mano por delante del cuerpo, lleve los dedos de la otra mano al punto donde el cuello se une con la parte alta del omóplato; presione ligeramente.',
     'Dos o tres veces al día, y después de conducir o de trabajar en el escritorio.'),
    ('UPPER_TRAPEZIUS',
     'Siéntese y pellizque el músculo de la parte alta del hombro entre el pulgar y los dedos, o pase la mano contraria por delante del cuerpo y presione hacia abajo con las yemas de los dedos. Apriete despacio hasta notar el punto sensible.',
     'Siéntese y apoye las yemas de los dedos de la mano contraria en la parte alta del hombro; presione ligeramente.',
     'Dos o tres veces al día, y en las pausas del trabajo en el escritorio.'),
    ('DELTOID',
     'Presione con las yemas de los dedos de la mano contraria el punto sensible en la parte delantera, lateral o posterior del hombro, o póngase de pie y apoye el hombro contra una pelota en una pared.',
     'Presione ligeramente con las yemas de los dedos de la mano contraria el punto sensible en la parte delantera, lateral o posterior del hombro.',
     'Dos veces al día.'),
    ('SUBSCAPULARIS',
     'Este músculo está debajo del omóplato y cuesta alcanzarlo: túmbese boca arriba con el brazo relajado y presione con suavidad con los dedos de la otra mano en la parte posterior de la axila, contra el omóplato.',
     'Siéntese con el brazo apoyado en una mesa o en un cojín y presione ligeramente con los dedos de la otra mano en la parte posterior de la axila, contra el omóplato.',
     'Dos veces al día; además, caliente el hombro antes de levantar el brazo por encima de la cabeza.'),
    ('SUPRASPINATUS',
     'Busque el punto en la parte alta del omóplato, por encima de su cresta. Presione con las yemas de los dedos de la mano contraria, o póngase de pie y apóyese contra una pelota de tenis en una pared.',
     'Pase la mano contraria por delante del cuerpo y presione ligeramente con las yemas de los dedos en la parte alta del omóplato, por encima de su cresta.',
     'Dos veces al día.'),
    ('INFRASPINATUS',
     'Póngase de pie, de espaldas a una pared, con una pelota de tenis en la parte plana del omóplato, o túmbese boca arriba sobre la pelota colocada ahí, y apóyese despacio hasta notar el punto sensible.',
     'Pase los dedos de la otra mano por debajo de la axila hasta el borde exterior del omóplato y presione ligeramente, hasta donde alcance con comodidad.',
     'Dos veces al día, y antes de dormir si le duele al tumbarse sobre ese hombro.'),
    ('TERES_MINOR',
     'Póngase de pie y apóyese contra una pelota de tenis en una pared, colocada en el borde exterior del omóplato, justo detrás de la axila, o presione ahí con los dedos de la otra mano.',
     'Presione ligeramente con los dedos de la otra mano en el borde exterior del omóplato, justo detrás de la axila.',
     'Dos veces al día.'),
    ('TERES_MAJOR',
     'Túmbese de lado y pellizque el pliegue de la parte posterior de la axila entre el pulgar y los dedos, o póngase de pie y apoye el borde exterior inferior del omóplato contra una pelota de tenis en una pared.',
     'Siéntese y apoye las yemas de los dedos en el pliegue de la parte posterior de la axila; presione ligeramente.',
     'Dos veces al día.'),
    ('PECTORALIS_MAJOR',
     'Pellizque el pliegue delantero de la axila entre el pulgar y los dedos, o póngase de pie de cara a una pared con una pelota de tenis en el pecho, debajo de la clavícula, y apóyese despacio.',
     'Apoye las yemas de los dedos en el pliegue delantero de la axila o en el pecho, debajo de la clavícula, y presione ligeramente.',
     'Dos o tres veces al día, sobre todo después de trabajar en el escritorio o de conducir.'),
    ('PECTORALIS_MINOR',
     'Presione con suavidad con las yemas de los dedos justo debajo de la clavícula, a una mano de distancia hacia dentro desde la parte delantera del hombro, o póngase de pie y apóyese contra una pelota en una pared en ese punto.',
     'Presione ligeramente con las yemas de los dedos justo debajo de la clavícula, a una mano de distancia hacia dentro desde la parte delantera del hombro.',
     'Dos veces al día.'),
    ('SERRATUS_ANTERIOR',
     'Túmbese sobre el otro lado y presione con suavidad con las yemas de los dedos en el costado de la caja torácica, debajo de la axila, entre las costillas. Presione ligeramente: el músculo está sobre las costillas.',
     'Siéntese y apoye las yemas de los dedos en el costado de la caja torácica, debajo de la axila; presione ligeramente entre las costillas, nunca con fuerza sobre las propias costillas.',
     'Dos veces al día, y cuando le cueste respirar hondo.'),
    ('MIDDLE_TRAPEZIUS',
     'Póngase de pie, de espaldas a una pared, o túmbese boca arriba, con una pelota de tenis entre la columna y el omóplato, y apóyese despacio hasta notar el punto sensible.',
     'Lleve los dedos de la otra mano por delante del pecho y por encima del hombro hasta el punto entre la columna y el omóplato, y presione ligeramente, hasta donde alcance con comodidad.',
     'Dos o tres veces al día.'),
    ('RHOMBOIDS',
     'Póngase de pie, de espaldas a una pared, o túmbese boca arriba, con una pelota de tenis entre la columna y el borde interior del omóplato, y apóyese despacio.',
     'Lleve los dedos de la otra mano por delante del pecho y por encima del hombro hasta el borde interior del omóplato, y presione ligeramente, hasta donde alcance con comodidad.',
     'Dos o tres veces al día, y después de pasar mucho rato en el escritorio.'),
    ('SERRATUS_POSTERIOR_SUPERIOR',
     'Este punto está debajo de la parte alta del omóplato: cruce el brazo por delante del pecho para apartar el omóplato y después, de pie, apóyese contra una pelota de tenis en una pared, cerca del borde interior superior del omóplato.',
     'Cruce el brazo por delante del pecho; después lleve los dedos de la otra mano por encima del hombro hasta el borde interior superior del omóplato y presione ligeramente.',
     'Dos veces al día.'),
    ('LOWER_TRAPEZIUS',
     'Póngase de pie, de espaldas a una pared, o túmbese boca arriba, con una pelota de tenis debajo de la punta inferior del omóplato, cerca de la columna, y apóyese despacio.',
     'Lleve los dedos de la otra mano por detrás de la espalda hasta el punto que está debajo de la punta del omóplato y presione ligeramente, hasta donde alcance con comodidad.',
     'Dos veces al día.'),
    ('LATISSIMUS_DORSI',
     'Túmbese de lado y pellizque entre el pulgar y los dedos el músculo de la parte posterior de la axila y del costado de las costillas, apretando despacio.',
     'Siéntese y apoye las yemas de los dedos en el músculo de la parte posterior de la axila y del costado de las costillas; presione ligeramente.',
     'Dos veces al día.'),
    ('BICEPS_BRACHII',
     'Siéntese con el brazo relajado sobre una mesa y presione con las yemas de los dedos de la otra mano en la parte delantera del brazo, más o menos a medio camino entre el hombro y el codo.',
     'Siéntese con el brazo relajado sobre una mesa y presione ligeramente con las yemas de los dedos de la otra mano en la parte delantera del brazo.',
     'Dos veces al día.'),
    ('TRICEPS_BRACHII',
     'Siéntese con el brazo relajado y pellizque la parte de atrás del brazo entre el pulgar y los dedos, o presione con las yemas de los dedos justo por encima del codo, por detrás.',
     'Siéntese con el brazo relajado y presione ligeramente con las yemas de los dedos en la parte de atrás del brazo.',
     'Dos veces al día.'),
    ('BRACHIORADIALIS',
     'Siéntese con el antebrazo apoyado en una mesa, con el pulgar hacia arriba, y presione con los dedos de la otra mano el músculo del lado del pulgar del antebrazo, justo debajo del codo.',
     'Siéntese con el antebrazo apoyado en una mesa, con el pulgar hacia arriba, y presione ligeramente con las yemas de los dedos justo debajo del codo, en el lado del pulgar.',
     'Dos o tres veces al día, y en las pausas de las tareas en las que tenga que agarrar cosas.'),
    ('SUPINATOR',
     'Siéntese con el antebrazo apoyado en una mesa, con la palma hacia arriba, y presione con el pulgar de la otra mano en la parte exterior del antebrazo, justo debajo del pliegue del codo.',
     'Siéntese con el antebrazo apoyado en una mesa, con la palma hacia arriba, y presione ligeramente con las yemas de los dedos en la parte exterior del antebrazo, justo debajo del pliegue del codo.',
     'Dos o tres veces al día.'),
    ('FOREARM_FLEXORS',
     'Siéntese con el antebrazo apoyado en una mesa, con la palma hacia arriba, y presione con el pulgar de la otra mano los músculos de la cara interior del antebrazo, a unos dedos por debajo del codo.',
     'Siéntese con el antebrazo apoyado en una mesa, con la palma hacia arriba, y presione ligeramente con las yemas de los dedos, a unos dedos por debajo del codo.',
     'Dos o tres veces al día, y en las pausas al teclear o al agarrar cosas.'),
    ('FOREARM_EXTENSORS',
     'Siéntese con el antebrazo apoyado en una mesa, con la palma hacia abajo, y presione con el pulgar de la otra mano los músculos de la parte de atrás del antebrazo, a unos dedos por debajo del codo.',
     'Siéntese con el antebrazo apoyado en una mesa, con la palma hacia abajo, y presione ligeramente con las yemas de los dedos, a unos dedos por debajo del codo.',
     'Dos o tres veces al día, y en las pausas al teclear o al agarrar cosas.'),
    ('RECTUS_ABDOMINIS',
     'Túmbese boca arriba con las rodillas dobladas y presione con suavidad con las yemas de los dedos el punto sensible del músculo, a un lado u otro del ombligo. Presione ligeramente y nunca sobre el propio ombligo.',
     'Siéntese en una silla con el cuerpo un poco inclinado hacia atrás y presione ligeramente con las yemas de los dedos a un lado u otro del ombligo, nunca sobre el propio ombligo.',
     'Una o dos veces al día.'),
    ('EXTERNAL_OBLIQUE',
     'Túmbese boca arriba con las rodillas dobladas y presione con suavidad con las yemas de los dedos en el costado del abdomen, entre las costillas de abajo y la parte alta del hueso de la cadera.',
     'Siéntese y presione ligeramente con las yemas de los dedos en el costado del abdomen, entre las costillas de abajo y la parte alta del hueso de la cadera.',
     'Una o dos veces al día.'),
    ('THORACOLUMBAR_PARASPINALS',
     'Túmbese boca arriba con las rodillas dobladas y una pelota de tenis dentro de un calcetín junto a la columna, en el punto sensible (nunca sobre la propia columna), y deje que su peso se apoye despacio sobre ella.',
     'Póngase de pie, lleve las yemas de los dedos hacia atrás hasta el punto sensible junto a la columna (nunca sobre la propia columna) y presione ligeramente.',
     'Dos veces al día, y después de pasar mucho rato sentado o de pie.'),
    ('QUADRATUS_LUMBORUM',
     'Túmbese sobre el otro lado y presione con el pulgar o los dedos en la cintura, entre la última costilla y la parte alta del hueso de la cadera, justo al lado de los músculos de la espalda; o túmbese boca arriba sobre una pelota de tenis colocada ahí.',
     'Túmbese sobre el otro lado, o póngase de pie, y presione ligeramente con las yemas de los dedos en la cintura, entre la última costilla y la parte alta del hueso de la cadera.',
     'Dos veces al día, y antes de levantarse por la mañana si nota rígida la parte baja de la espalda.'),
    ('MULTIFIDI',
     'Túmbese boca arriba con las rodillas dobladas y una pelota de tenis dentro de un calcetín justo al lado de la parte baja de la columna, en el punto sensible, y deje que su peso se apoye despacio. No se tumbe nunca directamente sobre la columna.',
     'Póngase de pie, lleve las yemas de los dedos hacia atrás hasta el punto sensible justo al lado de la parte baja de la columna y presione ligeramente.',
     'Dos veces al día.'),
    ('ILIOPSOAS',
     'Túmbese boca arriba con las rodillas dobladas. Presione muy suavemente con las yemas de los dedos en el abdomen, a unos dos dedos por dentro de la parte delantera del hueso de la cadera, hundiéndolas despacio al soltar el aire.',
     'Siéntese con el cuerpo un poco inclinado hacia atrás y presione muy ligeramente con las yemas de los dedos, a unos dos dedos por dentro de la parte delantera del hueso de la cadera.',
     'Dos veces al día, y después de pasar mucho rato sentado.'),
    ('TENSOR_FASCIAE_LATAE',
     'Túmbese sobre el otro lado y presione con las yemas de los dedos en la parte delantera de la cadera, justo por debajo y por fuera de la punta delantera del hueso de la cadera, o póngase de pie y apoye ese punto contra una pelota en una pared.',
     'Túmbese sobre el otro lado, o póngase de pie, y presione ligeramente con las yemas de los dedos justo por debajo y por fuera de la punta delantera del hueso de la cadera.',
     'Dos veces al día.'),
    ('GLUTEUS_MEDIUS',
     'Póngase de pie junto a una pared con una pelota de tenis en el lado del glúteo, justo debajo del borde de la pelvis, y apóyese despacio, o túmbese sobre el otro lado y presione ahí con las yemas de los dedos.',
     'Túmbese sobre el otro lado, o póngase de pie, y presione ligeramente con las yemas de los dedos en el lado del glúteo, justo debajo del borde de la pelvis.',
     'Dos veces al día.'),
    ('GLUTEUS_MINIMUS',
     'Túmbese sobre el otro lado y presione con las yemas de los dedos en la parte exterior de la cadera, a una mano por debajo del borde de la pelvis, o póngase de pie y apoye ese punto contra una pelota de tenis en una pared.',
     'Túmbese sobre el otro lado, o póngase de pie, y presione ligeramente con las yemas de los dedos en la parte exterior de la cadera, a una mano por debajo del borde de la pelvis.',
     'Dos veces al día.'),
    ('PIRIFORMIS',
     'Siéntese en una silla firme con una pelota de tenis en el centro del glúteo, entre el coxis y el hueso saliente de la cadera, y deje que su peso se apoye despacio.',
     'Póngase de pie y presione ligeramente con las yemas de los dedos en el centro del glúteo, entre el coxis y el hueso saliente de la cadera.',
     'Dos veces al día, y después de pasar mucho rato sentado o conduciendo.'),
    ('GLUTEUS_MAXIMUS',
     'Siéntese en una silla firme con una pelota de tenis bajo el glúteo, cerca del coxis, y deje que su peso se apoye despacio en el punto sensible.',
     'Póngase de pie y presione ligeramente con las yemas de los dedos el punto sensible del glúteo.',
     'Dos veces al día.'),
    ('RECTUS_FEMORIS',
     'Siéntese con la pierna relajada y presione con los pulgares en la parte delantera del muslo, a una mano por debajo del pliegue de la cadera, hundiéndolos despacio.',
     'Siéntese con la pierna relajada y presione ligeramente con las yemas de los dedos en la parte delantera del muslo, a una mano por debajo del pliegue de la cadera.',
     'Dos veces al día.'),
    ('ADDUCTOR_LONGUS_BREVIS',
     'Siéntese con la rodilla doblada y girada hacia fuera y presione ligeramente con las yemas de los dedos en la cara interior del muslo, a una mano por debajo de la ingle.',
     'Siéntese con la rodilla doblada y girada hacia fuera y apoye las yemas de los dedos en la cara interior del muslo, a una mano por debajo de la ingle; presione muy ligeramente.',
     'Dos veces al día.'),
    ('ADDUCTOR_MAGNUS',
     'Siéntese con la rodilla doblada y girada hacia fuera y presione ligeramente con las yemas de los dedos en la cara interior del muslo, a medio camino entre la ingle y la rodilla, hundiéndolas despacio.',
     'Siéntese con la rodilla doblada y girada hacia fuera y apoye las yemas de los dedos en la cara interior del muslo, a medio camino entre la ingle y la rodilla; presione muy ligeramente.',
     'Dos veces al día.'),
    ('VASTUS_MEDIALIS',
     'Siéntese con la pierna estirada y relajada y presione con el pulgar en la parte delantera interior del muslo, a unos dedos por encima de la rótula.',
     'Siéntese con la pierna estirada y relajada y presione ligeramente con las yemas de los dedos en la parte delantera interior del muslo, a unos dedos por encima de la rótula.',
     'Dos veces al día.'),
    ('VASTUS_LATERALIS',
     'Túmbese sobre el otro lado y presione con las yemas de los dedos, o ruede con suavidad sobre una pelota, a lo largo de la cara exterior del muslo, entre la cadera y la rodilla; suele estar sensible, así que vaya despacio.',
     'Siéntese y presione ligeramente con las yemas de los dedos a lo largo de la cara exterior del muslo, entre la cadera y la rodilla.',
     'Dos veces al día.'),
    ('HAMSTRINGS',
     'Siéntese en una silla firme con una pelota de tenis bajo la parte de atrás del muslo, en el punto sensible, y deje que el peso de la pierna se apoye despacio.',
     'Siéntese en una silla y presione ligeramente con las yemas de los dedos en la parte de atrás del muslo, en el punto sensible.',
     'Dos veces al día.'),
    ('TIBIALIS_ANTERIOR',
     'Siéntese con el pie en el suelo y presione con el pulgar el músculo que está justo por fuera de la tibia, a una mano por debajo de la rodilla.',
     'Siéntese con el pie en el suelo y presione ligeramente con las yemas de los dedos justo por fuera de la tibia, a una mano por debajo de la rodilla.',
     'Una o dos veces al día.'),
    ('EXTENSOR_DIGITORUM_LONGUS',
     'Siéntese con el pie en el suelo y presione con el pulgar en la parte delantera exterior de la pierna, a una mano por debajo de la rodilla y justo por fuera del músculo de la espinilla.',
     'Siéntese con el pie en el suelo y presione ligeramente con las yemas de los dedos en la parte delantera exterior de la pierna, a una mano por debajo de la rodilla.',
     'Una o dos veces al día.'),
    ('PERONEUS_LONGUS',
     'Siéntese con el pie en el suelo y presione con el pulgar en la cara exterior de la pierna, a una mano por debajo del bulto óseo de la parte exterior de la rodilla (no sobre el propio bulto).',
     'Siéntese con el pie en el suelo y presione ligeramente con las yemas de los dedos en la cara exterior de la pierna, a una mano por debajo del bulto óseo de la parte exterior de la rodilla.',
     'Una o dos veces al día.'),
    ('GASTROCNEMIUS',
     'Siéntese con la pierna doblada y presione con los pulgares en la pantorrilla, a una mano por debajo de la parte de atrás de la rodilla, o apoye la pantorrilla sobre una pelota en el suelo y deje que se asiente.',
     'Siéntese con la pierna doblada y presione ligeramente con las yemas de los dedos en la pantorrilla, a una mano por debajo de la parte de atrás de la rodilla.',
     'Dos o tres veces al día, y antes de acostarse si tiene calambres por la noche.'),
    ('SOLEUS',
     'Siéntese con la pierna doblada y presione con los pulgares en la parte baja de la pantorrilla, por encima del tendón de Aquiles, o apóyela sobre una pelota y deje que se asiente.',
     'Siéntese con la pierna doblada y presione ligeramente con las yemas de los dedos en la parte baja de la pantorrilla, por encima del tendón de Aquiles.',
     'Dos o tres veces al día.'),
    ('PLANTAR_FOOT_MUSCLES',
     'Siéntese y haga rodar despacio la planta del pie sobre una pelota de tenis; después mantenga el punto sensible sobre la pelota cargando un peso suave.',
     'Siéntese, cruce el pie sobre la otra rodilla y presione ligeramente con las yemas de los dedos el punto sensible de la planta.',
     'Dos o tres veces al día, y antes de dar los primeros pasos por la mañana.')
) as v (muscle_code, self_pressure, gentle, frequency)
where t.muscle_code = v.muscle_code and t.language = 'es';

alter table muscle_self_care_translations
    drop column stretch_name,
    drop column stretch_steps;

update muscle_self_care_translations t
set english_digest = encode(sha256(convert_to(
        s.self_pressure || chr(31) || s.pressure_position || chr(31) || s.pressure_tool || chr(31)
            || s.gentle_pressure || chr(31) || s.frequency, 'UTF8')), 'hex')
from muscle_self_care s
where s.muscle_code = t.muscle_code;

alter table muscle_self_care_translations
    alter column gentle_pressure set not null,
    alter column english_digest set not null;

create table muscle_stretch_translations (
    stretch_code    varchar(60)   not null references muscle_stretches (code),
    language        varchar(5)    not null check (language in ('en', 'es')),
    version         integer       not null default 0,
    name            varchar(200)  not null check (btrim(name) <> ''),
    steps           varchar(2000) not null check (btrim(steps) <> ''),
    updated_at      timestamptz,
    updated_by      uuid          references users (id),
    primary key (stretch_code, language),
    constraint stretch_translations_are_not_english check (language <> 'en')
);

insert into muscle_stretch_translations (stretch_code, language, name, steps) values
    ('TEMPORALIS_JAW_OPENING', 'es', 'Apertura de la mandíbula con la cabeza quieta',
     'Siéntese erguido con los hombros relajados.
Deje que la mandíbula se abra despacio, con la lengua apoyada detrás de los dientes delanteros de arriba.
Ponga una mano en la barbilla y llévela con suavidad un poco más hacia abajo al soltar el aire.
Cierre despacio y deje descansar la mandíbula con los dientes un poco separados.'),
    ('MASSETER_JAW_OPENING', 'es', 'Estiramiento de apertura de la mandíbula',
     'Siéntese erguido y deje caer la mandíbula despacio, abriendo la boca hasta donde le resulte cómodo.
Apoye las yemas de los dedos en los dientes delanteros de abajo y abra la mandíbula con suavidad un poco más al soltar el aire.
Mantenga el movimiento recto hacia abajo, sin desviar la mandíbula hacia un lado.
Cierre despacio y deje los dientes en reposo, separados.'),
    ('LATERAL_PTERYGOID_JAW_GLIDE', 'es', 'Deslizamiento relajado de la mandíbula',
     'Siéntese erguido y apoye la punta de la lengua en el paladar.
Abra la boca despacio sin mover la lengua de su sitio, solo hasta donde le resulte cómodo.
Deje descansar la mandíbula ahí y suelte el aire despacio, relajando la cara.
Cierre despacio y deje los dientes en reposo, separados.'),
    ('STERNOCLEIDOMASTOID_LOOKING_UP', 'es', 'Estiramiento del lado del cuello mirando hacia arriba',
     'Siéntese erguido y sujete el asiento de la silla con la mano del lado que va a estirar.
Incline la oreja hacia el hombro contrario.
Gire la cara un poco hacia arriba, hacia el techo, hasta notar un estiramiento suave en el lado y la parte delantera del cuello.
Suelte el aire y deje que el estiramiento aumente un poco; vuelva despacio.
Si se marea o nota cambios en la vista, vuelva de inmediato a la posición erguida y quédese sentado, quieto.'),
    ('SCALENES_SIDE_BEND_LOOKING_UP', 'es', 'Estiramiento de los escalenos',
     'Siéntese erguido y ponga la mano del lado que va a estirar debajo del glúteo, o sujete el asiento de la silla.
Incline la cabeza hacia el lado contrario, con la oreja hacia el otro hombro.
Gire la barbilla un poco hacia arriba y hacia el lado contrario hasta notar un estiramiento suave encima de la clavícula.
Suelte el aire despacio en el estiramiento; pare si nota hormigueo en el brazo o si se marea.'),
    ('SUBOCCIPITALS_CHIN_NOD', 'es', 'Asentir con la barbilla',
     'Siéntese erguido con la cabeza recta.
Baje la barbilla con suavidad, como si dijera que sí, alargando la nuca.
Mantenga la mandíbula relajada y no lleve la cabeza hacia delante.
Suelte el aire y deje que la nuca se relaje aún más.'),
    ('SPLENIUS_CAPITIS_NOD_AND_TURN', 'es', 'Estiramiento del cuello asintiendo y girando',
     'Siéntese erguido con las manos apoyadas en el regazo.
Meta un poco la barbilla y después gire la cabeza despacio hacia el otro lado.
Baje un poco la barbilla hacia esa clavícula, dejando que el propio peso de la cabeza haga el trabajo.
Suelte el aire y deje que la nuca se relaje; vuelva despacio.'),
    ('SPLENIUS_CAPITIS_CHIN_TO_CHEST_TURNING', 'es', 'Estiramiento de barbilla al pecho con giro',
     'Siéntese erguido y baje la barbilla despacio hacia el pecho.
Gire la cabeza un poco hacia el lado contrario, con la nariz hacia esa axila.
Apoye con suavidad la mano de ese lado en la parte de atrás de la cabeza, sin tirar.
Suelte el aire y deje que el peso de la mano aumente un poco el estiramiento.'),
    ('POSTERIOR_CERVICALS_CHIN_TUCK_NOD', 'es', 'Meter la barbilla y asentir',
     'Siéntese erguido y lleve la barbilla recta hacia atrás, como si hiciera papada.
Con la barbilla metida, incline la cabeza despacio un poco hacia delante.
Mantenga las manos en el regazo: basta con el propio peso de la cabeza.
Suelte el aire y deje que la nuca se alargue; suba despacio.'),
    ('POSTERIOR_CERVICALS_CHIN_TO_CHEST', 'es', 'Estiramiento de barbilla al pecho',
     'Siéntese erguido y meta un poco la barbilla.
Deje que la cabeza se incline despacio hacia delante, con la barbilla hacia el pecho.
Apoye con suavidad las dos manos en la parte de atrás de la cabeza, con los codos hacia abajo, sin tirar.
Suelte el aire y deje que el cuello se alargue; suba despacio.'),
    ('LEVATOR_SCAPULAE_CHIN_TO_ARMPIT', 'es', 'Estiramiento de barbilla a la axila',
     'Siéntese erguido y sujete el asiento de la silla con la mano del lado que va a estirar.
Gire la cabeza unos 45 grados hacia el lado contrario.
Baje despacio la nariz hacia la axila contraria, dejando que el propio peso de la cabeza haga el trabajo.
Suelte el aire y deje que el estiramiento aumente un poco; vuelva despacio.'),
    ('LEVATOR_SCAPULAE_CHIN_TO_ARMPIT_HAND', 'es', 'Estiramiento de barbilla a la axila con la mano',
     'Siéntese erguido y sujete el asiento de la silla con la mano del lado que va a estirar.
Gire la cabeza unos 45 grados hacia el lado contrario y baje la nariz hacia la axila contraria.
Apoye la otra mano en la parte de atrás de la cabeza, sin tirar.
Suelte el aire y deje que el estiramiento aumente un poco; vuelva despacio.'),
    ('UPPER_TRAPEZIUS_EAR_TO_SHOULDER', 'es', 'Estiramiento de oreja al hombro',
     'Siéntese erguido y sujete el asiento de la silla con la mano del lado que va a estirar.
Incline la cabeza hacia el otro lado, acercando la oreja al otro hombro.
Apoye la otra mano en el lado de la cabeza, sin tirar.
Suelte el aire y deje caer el hombro mientras aumenta el estiramiento.'),
    ('DELTOID_DOORWAY_ARM_LOW', 'es', 'Estiramiento en una puerta con el brazo bajo',
     'Póngase de pie, de lado, en el marco de una puerta y apoye la palma de la mano del brazo que va a estirar en el marco, detrás de usted, un poco por debajo de la altura del hombro.
Mantenga el codo estirado, pero sin bloquearlo, y el hombro bajo.
Gire el cuerpo despacio alejándose del brazo hasta notar un estiramiento suave en la parte delantera del hombro.
Suelte el aire y deje que la parte delantera del hombro se abra; vuelva despacio.'),
    ('DELTOID_HANDS_BEHIND_BACK', 'es', 'Estiramiento con las manos detrás de la espalda',
     'De pie, erguido, entrelace las manos detrás de la espalda.
Estire los codos y levante despacio las manos, separándolas un poco de la espalda.
Mantenga el pecho alto, los hombros bajos y la espalda recta.
Suelte el aire y deje que la parte delantera de los hombros se abra.'),
    ('DELTOID_ARM_BEHIND_BACK', 'es', 'Estiramiento con el brazo detrás de la espalda',
     'De pie, erguido, lleve el brazo que va a estirar detrás de la espalda, con la mano hacia la cadera contraria.
Con la otra mano, sujete la muñeca y llévela con suavidad hacia esa cadera.
Mantenga los hombros nivelados y relajados.
Suelte el aire y deje que la parte lateral del hombro se alargue.'),
    ('DELTOID_CROSS_BODY', 'es', 'Estiramiento cruzando el brazo por delante del cuerpo',
     'Siéntese o póngase de pie, erguido.
Lleve el brazo por delante del cuerpo a la altura del hombro.
Sujételo por encima del codo con la otra mano y acérquelo con suavidad.
Suelte el aire y deje que la parte de atrás del hombro se relaje.'),
    ('SUBSCAPULARIS_DOORWAY_ROTATION', 'es', 'Estiramiento de rotación del brazo en una puerta',
     'Póngase de pie en el marco de una puerta y apoye el antebrazo en el marco, con el codo doblado en ángulo recto y a la altura del hombro o más abajo.
Gire el cuerpo despacio alejándose del brazo hasta notar un estiramiento suave en la parte delantera del hombro.
Mantenga el omóplato hacia atrás y hacia abajo.
Suelte el aire y gire un poco más; vuelva despacio.'),
    ('SUPRASPINATUS_ARM_BEHIND_BACK', 'es', 'Estiramiento con el brazo detrás de la espalda',
     'De pie, erguido, coloque el dorso de la mano en la parte baja de la espalda.
Con la otra mano, sujete la muñeca y llévela con suavidad hacia el otro lado de la espalda.
Mantenga los hombros nivelados y relajados.
Suelte el aire y deje que el hombro ceda hacia delante en el estiramiento.'),
    ('INFRASPINATUS_CROSS_BODY', 'es', 'Estiramiento del omóplato cruzando el brazo',
     'Siéntese o póngase de pie, erguido.
Lleve el brazo por delante del pecho, con la mano hacia el hombro contrario.
Sujete el codo con la otra mano y llévelo con suavidad hacia el otro lado.
Suelte el aire y deje que el omóplato se deslice hacia delante con el estiramiento.'),
    ('TERES_MINOR_CROSS_BODY_RAISED', 'es', 'Estiramiento cruzando el brazo, con el brazo elevado',
     'De pie, erguido, levante el brazo hacia delante hasta la altura del hombro.
Llévelo por delante del cuerpo y sujételo por encima del codo con la otra mano.
Lleve el brazo con suavidad hacia el otro lado y un poco hacia arriba.
Suelte el aire y deje que la parte de atrás del hombro se relaje.'),
    ('TERES_MAJOR_OVERHEAD_SIDE_BEND', 'es', 'Brazo por encima de la cabeza con inclinación lateral',
     'De pie, erguido, levante el brazo por encima de la cabeza y doble el codo para que la mano descanse detrás de la cabeza.
Sujete el codo con la otra mano.
Incline el cuerpo con suavidad hacia el otro lado.
Suelte el aire y deje que la parte de atrás de la axila se alargue.'),
    ('PECTORALIS_MAJOR_DOORWAY', 'es', 'Estiramiento del pecho en una puerta',
     'Póngase de pie en el marco de una puerta, con el antebrazo apoyado en el marco y el codo a la altura del hombro.
Dé un paso adelante despacio con la pierna del mismo lado.
Mantenga el hombro bajo y la barbilla recta.
Suelte el aire y deje que el pecho se abra un poco más.'),
    ('PECTORALIS_MINOR_DOORWAY_ARM_HIGH', 'es', 'Estiramiento en una puerta con el brazo alto',
     'Póngase de pie en el marco de una puerta, con el antebrazo apoyado en el marco y el codo por encima de la altura del hombro.
Dé un paso adelante despacio y deje que el omóplato vaya hacia atrás y hacia abajo.
Evite que las costillas se adelanten.
Suelte el aire y deje que la parte delantera del hombro se abra.'),
    ('SERRATUS_ANTERIOR_DOORWAY_RETRACTION', 'es', 'Estiramiento del omóplato en una puerta',
     'Póngase de pie, de lado, en el marco de una puerta, con el lado que va a estirar junto al marco.
Apoye la palma de esa mano en el marco, detrás de usted, a la altura del hombro, con el codo estirado, pero sin bloquearlo.
Lleve el omóplato hacia atrás, hacia la columna, y gire el pecho despacio alejándose del brazo.
Suelte el aire y note el estiramiento a lo largo del costado de las costillas, debajo de la axila; vuelva despacio.'),
    ('MIDDLE_TRAPEZIUS_HUG', 'es', 'Estiramiento del abrazo',
     'Siéntese o póngase de pie, erguido.
Cruce los brazos y sujete los hombros contrarios, como si se abrazara.
Redondee con suavidad la parte alta de la espalda y deje que los omóplatos se separen.
Suelte el aire dirigiéndolo al espacio entre los omóplatos.'),
    ('MIDDLE_TRAPEZIUS_CROSS_BODY_TALL', 'es', 'Estiramiento cruzando el brazo con la espalda erguida',
     'Siéntese o póngase de pie, erguido, con la espalda recta.
Lleve el brazo del lado que va a estirar por delante del pecho, a la altura del hombro, y sujételo por encima del codo con la otra mano.
Lleve el brazo hacia el otro lado y deje que el omóplato se deslice hacia delante, sin redondear la espalda.
Suelte el aire y note el estiramiento entre la columna y el omóplato.'),
    ('RHOMBOIDS_ARMS_FORWARD', 'es', 'Estiramiento de la parte alta de la espalda con los brazos hacia delante',
     'Siéntese erguido y entrelace las manos delante de usted a la altura del pecho.
Empuje las manos hacia delante y deje que la parte alta de la espalda se redondee.
Deje caer un poco la cabeza hacia delante.
Suelte el aire y note cómo los omóplatos se deslizan y se separan.'),
    ('RHOMBOIDS_CROSS_BODY_TALL', 'es', 'Estiramiento cruzando el brazo con la espalda erguida',
     'Siéntese o póngase de pie, erguido, con la espalda recta.
Lleve el brazo del lado que va a estirar por delante del pecho, a la altura del hombro, y sujételo por encima del codo con la otra mano.
Lleve el brazo hacia el otro lado y deje que el omóplato se deslice hacia delante, sin redondear la espalda.
Suelte el aire y note el estiramiento entre la columna y el omóplato.'),
    ('SERRATUS_POSTERIOR_SUPERIOR_SLUMPED_HUG', 'es', 'Estiramiento del abrazo con la espalda encorvada',
     'Siéntese en el borde de una silla.
Cruce los brazos y sujete los hombros contrarios.
Deje que la parte alta de la espalda se redondee y que la cabeza caiga hacia delante.
Suelte el aire y deje que los omóplatos se separen más.'),
    ('SERRATUS_POSTERIOR_SUPERIOR_CROSS_BODY_TALL', 'es', 'Estiramiento cruzando el brazo con la espalda erguida',
     'Siéntese o póngase de pie, erguido, con la espalda recta.
Lleve el brazo del lado que va a estirar por delante del pecho, a la altura del hombro, y sujételo por encima del codo con la otra mano.
Lleve el brazo hacia el otro lado y deje que el omóplato se deslice hacia delante, sin redondear la espalda.
Suelte el aire y note el estiramiento entre la columna y el omóplato.'),
    ('LOWER_TRAPEZIUS_FORWARD_REACH', 'es', 'Estiramiento alcanzando hacia delante',
     'Siéntese erguido y entrelace las manos delante de usted.
Estire los brazos hacia delante y un poco hacia abajo, dejando que los omóplatos se deslicen hacia delante y hacia arriba.
Deje que la espalda se redondee con suavidad.
Suelte el aire y deje que la zona media de la espalda se alargue.'),
    ('LOWER_TRAPEZIUS_CROSS_BODY_UP', 'es', 'Estiramiento cruzando el brazo hacia arriba',
     'Siéntese erguido con la espalda recta.
Lleve el brazo del lado que va a estirar por delante del pecho y un poco hacia arriba.
Sujételo por encima del codo con la otra mano y llévelo con suavidad hacia el otro lado y hacia arriba, sin redondear la espalda.
Suelte el aire y note el estiramiento por debajo y al lado del omóplato.'),
    ('LATISSIMUS_DORSI_OVERHEAD_SIDE', 'es', 'Estiramiento lateral por encima de la cabeza',
     'De pie, erguido, levante por encima de la cabeza el brazo del lado que va a estirar.
Sujete la muñeca con la otra mano.
Inclínese despacio hacia el lado contrario, llevando el brazo hacia arriba y por encima.
Suelte el aire y deje que el costado se alargue desde la cadera hasta la axila.'),
    ('BICEPS_BRACHII_WALL', 'es', 'Estiramiento del bíceps en la pared',
     'Póngase de pie, de lado junto a una pared, y apoye la palma en ella, detrás de usted, a la altura del hombro, con el pulgar hacia arriba.
Mantenga el codo estirado, pero sin bloquearlo.
Gire el cuerpo despacio alejándose de la pared.
Suelte el aire y deje que la parte delantera del brazo y del hombro se alargue.'),
    ('TRICEPS_BRACHII_OVERHEAD', 'es', 'Estiramiento del tríceps por encima de la cabeza',
     'De pie o sentado, erguido, levante el brazo por encima de la cabeza.
Doble el codo para que la mano caiga detrás de la cabeza.
Con la otra mano, lleve el codo con suavidad hacia atrás y hacia la cabeza.
Suelte el aire y deje que la parte de atrás del brazo se alargue.'),
    ('BRACHIORADIALIS_PALM_DOWN', 'es', 'Estiramiento del antebrazo con la palma hacia abajo',
     'Estire el brazo hacia delante con el codo recto y la palma hacia abajo.
Doble la muñeca hacia abajo y gire la mano un poco hacia fuera, con el pulgar hacia el suelo.
Con la otra mano, lleve la muñeca un poco más allá.
Suelte el aire mientras aumenta el estiramiento.'),
    ('SUPINATOR_TURNING', 'es', 'Estiramiento girando el antebrazo',
     'Ponga el brazo delante de usted con el codo recto.
Gire la palma hacia abajo y luego un poco más, como si vaciara una jarra.
Con la otra mano, acompañe el giro un poco más.
Suelte el aire mientras entra en el estiramiento.'),
    ('FOREARM_FLEXORS_WRIST_BACK', 'es', 'Estiramiento de los flexores de la muñeca y los dedos',
     'Estire el brazo hacia delante con el codo recto y la palma hacia arriba.
Con la otra mano, doble la muñeca hacia atrás y lleve los dedos hacia atrás con suavidad.
Mantenga el codo estirado, pero sin bloquearlo.
Suelte el aire mientras aumenta el estiramiento.'),
    ('FOREARM_EXTENSORS_WRIST_DOWN', 'es', 'Estiramiento de los extensores de la muñeca y los dedos',
     'Estire el brazo hacia delante con el codo recto y la palma hacia abajo.
Cierre el puño sin apretar y doble la muñeca hacia abajo.
Con la otra mano, lleve el dorso de la mano un poco más hacia abajo.
Suelte el aire mientras aumenta el estiramiento.'),
    ('RECTUS_ABDOMINIS_LYING_BACK_ARCH', 'es', 'Estiramiento tumbado arqueando la espalda',
     'Túmbese boca abajo con las manos debajo de los hombros.
Incorpórese despacio apoyándose en los antebrazos, con las caderas en el suelo.
Deje que el abdomen se alargue y que los hombros sigan abajo.
Suelte el aire y relájese un poco más; baje despacio.'),
    ('RECTUS_ABDOMINIS_STANDING_BACK_ARCH', 'es', 'Estiramiento de pie arqueando la espalda',
     'De pie, con los pies separados a la anchura de las caderas y las manos en la parte de atrás de las caderas.
Levante el pecho e inclínese hacia atrás despacio, solo un poco.
Siga mirando al frente y respire de forma regular.
Suelte el aire y deje que el abdomen se alargue; vuelva despacio a la posición erguida.'),
    ('EXTERNAL_OBLIQUE_SIDE_BEND', 'es', 'Inclinación lateral de pie',
     'De pie, con los pies separados a la anchura de las caderas.
Levante por encima de la cabeza el brazo del lado que va a estirar.
Inclínese despacio hacia el otro lado, sin mover las caderas.
Suelte el aire y deje que el costado de la cintura se alargue.'),
    ('THORACOLUMBAR_PARASPINALS_KNEES_TO_CHEST', 'es', 'Estiramiento de rodillas al pecho',
     'Túmbese boca arriba con las rodillas dobladas.
Lleve una rodilla y después la otra hacia el pecho y sujételas por detrás de los muslos.
Deje que la parte baja de la espalda se redondee con suavidad contra el suelo.
Suelte el aire y acerque las rodillas un poco más.'),
    ('THORACOLUMBAR_PARASPINALS_SIDE_LYING_CURL', 'es', 'Ovillo tumbado de lado',
     'Túmbese de lado con una almohada bajo la cabeza.
Suba despacio las dos rodillas hacia el pecho, dejando que la parte baja de la espalda se redondee con suavidad.
Apoye la mano de arriba en la rodilla; no tire.
Suelte el aire hacia la parte baja de la espalda y deje que se relaje.'),
    ('THORACOLUMBAR_PARASPINALS_KNEE_ROLLS', 'es', 'Giro de rodillas tumbado',
     'Túmbese boca arriba con las rodillas dobladas y los pies apoyados en el suelo.
Deje que las dos rodillas caigan despacio hacia un lado, solo hasta donde le resulte cómodo, con los hombros en el suelo.
Suelte el aire y deje que la parte baja de la espalda se relaje; vuelva a llevar las rodillas al centro.
Llévelas hacia el otro lado de la misma manera.'),
    ('QUADRATUS_LUMBORUM_SIDE_LYING_WAIST', 'es', 'Estiramiento de la cintura tumbado de lado',
     'Túmbese sobre el otro lado en el borde de la cama, con una almohada bajo la cintura.
Deje que la pierna de arriba se deslice hacia atrás y hacia abajo por el borde de la cama.
Lleve el brazo de arriba por encima de la cabeza para alargar el costado de la cintura.
Suelte el aire y deje que la pierna baje un poco más.'),
    ('QUADRATUS_LUMBORUM_STANDING_SIDE_BEND', 'es', 'Inclinación lateral de pie',
     'De pie, con los pies separados a la anchura de las caderas y una mano en una silla o en la pared.
Levante por encima de la cabeza el brazo del lado que va a estirar.
Inclínese despacio hacia el otro lado, sin mover las caderas.
Suelte el aire y deje que el costado de la cintura se alargue.'),
    ('MULTIFIDI_CHILD_POSE', 'es', 'Postura del niño',
     'Arrodíllese en el suelo y siéntese hacia atrás, hacia los talones.
Estire los brazos hacia delante en el suelo y apoye la frente.
Deje que la parte baja de la espalda se redondee y se alargue.
Suelte el aire hacia la parte baja de la espalda y deje que se relaje.'),
    ('MULTIFIDI_KNEE_ROLLS', 'es', 'Giro de rodillas tumbado',
     'Túmbese boca arriba con las rodillas dobladas y los pies apoyados en el suelo.
Deje que las dos rodillas caigan despacio hacia un lado, solo hasta donde le resulte cómodo, con los hombros en el suelo.
Suelte el aire y deje que la parte baja de la espalda se relaje; vuelva a llevar las rodillas al centro.
Llévelas hacia el otro lado de la misma manera.'),
    ('MULTIFIDI_SIDE_LYING_CURL', 'es', 'Ovillo tumbado de lado',
     'Túmbese de lado con una almohada bajo la cabeza.
Suba despacio las dos rodillas hacia el pecho, dejando que la parte baja de la espalda se redondee con suavidad.
Apoye la mano de arriba en la rodilla; no tire.
Suelte el aire hacia la parte baja de la espalda y deje que se relaje.'),
    ('ILIOPSOAS_KNEELING_HIP_FLEXOR', 'es', 'Estiramiento de los flexores de la cadera de rodillas',
     'Arrodíllese sobre un cojín apoyando la rodilla del lado que va a estirar, con el otro pie apoyado delante; sujétese a una silla para mantener el equilibrio.
Meta el coxis hacia dentro y mantenga el tronco erguido.
Lleve el peso despacio hacia delante hasta notar un estiramiento en la parte delantera de la cadera.
Suelte el aire y deje que la cadera baje un poco más.'),
    ('ILIOPSOAS_STANDING_LUNGE', 'es', 'Estiramiento de los flexores de la cadera de pie',
     'De pie, sujetándose a una silla, lleve hacia atrás la pierna que va a estirar, con el talón levantado.
Meta el coxis hacia dentro y mantenga el tronco erguido.
Doble despacio la rodilla de delante hasta notar un estiramiento en la parte delantera de la cadera de la pierna de atrás.
Suelte el aire y deje que la cadera se alargue.'),
    ('TENSOR_FASCIAE_LATAE_STANDING_CROSSOVER', 'es', 'Estiramiento de cadera de pie cruzando las piernas',
     'Póngase de pie, de lado junto a una pared, con el lado que va a estirar más cerca de ella y una mano en la pared.
Cruce la pierna que va a estirar por detrás de la otra pierna.
Deje que la cadera de ese lado se desplace despacio hacia fuera, hacia la pared, manteniendo el tronco erguido.
Suelte el aire y note el estiramiento en la parte exterior de la cadera.'),
    ('GLUTEUS_MEDIUS_STANDING_CROSSOVER', 'es', 'Estiramiento de cadera de pie con la pierna cruzada',
     'Póngase de pie, de lado junto a una pared, con el lado que va a estirar más cerca de ella y una mano en la pared.
Cruce la pierna que va a estirar por detrás de la otra pierna.
Deje que la cadera de ese lado se desplace despacio hacia fuera, hacia la pared, manteniendo el tronco erguido.
Suelte el aire y note el estiramiento en la parte exterior de la cadera.'),
    ('GLUTEUS_MEDIUS_SIDE_LYING_LEG_DROP', 'es', 'Estiramiento tumbado de lado dejando caer la pierna',
     'Túmbese sobre el otro lado en el borde de la cama, con la rodilla de abajo doblada para mantener el equilibrio.
Lleve la pierna de arriba un poco hacia atrás, con la rodilla estirada.
Deje que cuelgue despacio por el borde de la cama.
Suelte el aire y deje que la parte exterior de la cadera se alargue.'),
    ('GLUTEUS_MINIMUS_LYING_LEG_ACROSS', 'es', 'Estiramiento tumbado cruzando la pierna',
     'Túmbese boca arriba con la pierna que va a estirar extendida.
Doble la otra rodilla y lleve la pierna extendida por encima de ella hacia el otro lado.
Mantenga los dos hombros en el suelo.
Suelte el aire y deje que la parte exterior de la cadera se alargue.'),
    ('GLUTEUS_MINIMUS_STANDING_CROSSOVER', 'es', 'Estiramiento de cadera de pie con la pierna cruzada',
     'Póngase de pie, de lado junto a una pared, con el lado que va a estirar más cerca de ella y una mano en la pared.
Cruce la pierna que va a estirar por detrás de la otra pierna.
Deje que la cadera de ese lado se desplace despacio hacia fuera, hacia la pared, manteniendo el tronco erguido.
Suelte el aire y note el estiramiento en la parte exterior de la cadera.'),
    ('PIRIFORMIS_LYING_FIGURE_FOUR', 'es', 'Estiramiento en forma de cuatro',
     'Túmbese boca arriba con las dos rodillas dobladas.
Cruce el tobillo del lado que va a estirar sobre la rodilla contraria.
Sujete por detrás el muslo de la pierna de abajo y acerque con suavidad las dos piernas hacia usted.
Suelte el aire y deje que el glúteo se suelte.'),
    ('PIRIFORMIS_SEATED_FIGURE_FOUR', 'es', 'Estiramiento en forma de cuatro sentado',
     'Siéntese erguido en una silla firme.
Cruce el tobillo del lado que va a estirar sobre la rodilla contraria.
Con la espalda recta, inclínese un poco hacia delante desde las caderas.
Suelte el aire y deje que el glúteo se suelte.'),
    ('GLUTEUS_MAXIMUS_KNEE_TO_OPPOSITE_SHOULDER', 'es', 'Estiramiento de rodilla al hombro contrario',
     'Túmbese boca arriba con las dos piernas estiradas o con las rodillas dobladas.
Suba una rodilla y sujétela con las dos manos.
Llévela hacia el hombro contrario.
Suelte el aire y deje que el glúteo se alargue.'),
    ('GLUTEUS_MAXIMUS_SEATED_KNEE_LIFT', 'es', 'Estiramiento de rodilla al hombro, sentado',
     'Siéntese erguido en una silla firme con los dos pies en el suelo.
Levante la rodilla del lado que va a estirar y sujétela con las dos manos.
Llévela con suavidad hacia el hombro contrario, con la espalda recta.
Suelte el aire y deje que el glúteo se alargue.'),
    ('RECTUS_FEMORIS_STANDING', 'es', 'Estiramiento del muslo de pie',
     'De pie, sujétese a una silla o a la pared para mantener el equilibrio.
Doble la rodilla de la pierna que va a estirar y sujete por detrás el tobillo o la pernera del pantalón.
Mantenga las rodillas juntas y meta el coxis hacia dentro.
Suelte el aire y deje que la parte delantera del muslo se alargue.'),
    ('RECTUS_FEMORIS_SIDE_LYING', 'es', 'Estiramiento del muslo tumbado de lado',
     'Túmbese de lado, con la pierna que va a estirar arriba.
Doble la rodilla de arriba y sujete el tobillo, o una toalla pasada alrededor de él.
Lleve con suavidad el talón hacia el glúteo, manteniendo las rodillas juntas.
Suelte el aire y deje que la parte delantera del muslo se alargue.'),
    ('ADDUCTOR_LONGUS_BREVIS_BUTTERFLY', 'es', 'Estiramiento de mariposa',
     'Siéntese en el suelo con la espalda apoyada en una pared.
Junte las plantas de los pies y deje caer las rodillas hacia fuera.
Apoye las manos en los tobillos.
Suelte el aire y deje que las rodillas bajen despacio, sin empujarlas.'),
    ('ADDUCTOR_MAGNUS_WIDE_LEG_FORWARD', 'es', 'Estiramiento hacia delante con las piernas abiertas',
     'Siéntese en el suelo con las piernas bien abiertas y las rodillas estiradas, pero sin bloquearlas.
Siéntese erguido y apoye las manos en el suelo delante de usted.
Inclínese despacio hacia delante desde las caderas, manteniendo la espalda larga.
Suelte el aire y deje que la cara interior de los muslos se alargue.'),
    ('ADDUCTOR_MAGNUS_STANDING_SIDE_LUNGE', 'es', 'Zancada lateral de pie',
     'De pie, con los pies bien separados y las puntas hacia delante, sujétese a una silla.
Doble despacio la otra rodilla y lleve el peso hacia ella, manteniendo estirada la pierna que va a estirar.
Mantenga la espalda erguida.
Suelte el aire y deje que la cara interior del muslo se alargue.'),
    ('VASTUS_MEDIALIS_SIDE_LYING', 'es', 'Estiramiento del muslo tumbado de lado',
     'Túmbese de lado, con la pierna que va a estirar arriba.
Doble la rodilla de arriba y sujete el tobillo, o una toalla pasada alrededor de él.
Lleve con suavidad el talón hacia el glúteo, manteniendo las rodillas juntas.
Suelte el aire y deje que la parte delantera del muslo se alargue.'),
    ('VASTUS_MEDIALIS_STANDING', 'es', 'Estiramiento del muslo de pie',
     'De pie, sujétese a una silla o a la pared para mantener el equilibrio.
Doble la rodilla de la pierna que va a estirar y sujete por detrás el tobillo o la pernera del pantalón.
Mantenga las rodillas juntas y meta el coxis hacia dentro.
Suelte el aire y deje que la parte delantera del muslo se alargue.'),
    ('VASTUS_LATERALIS_STANDING', 'es', 'Estiramiento del muslo de pie',
     'De pie, sujétese a una silla o a la pared para mantener el equilibrio.
Doble la rodilla de la pierna que va a estirar y sujete por detrás el tobillo o la pernera del pantalón.
Mantenga las rodillas juntas y meta el coxis hacia dentro.
Suelte el aire y deje que la parte delantera del muslo se alargue.'),
    ('VASTUS_LATERALIS_SIDE_LYING', 'es', 'Estiramiento del muslo tumbado de lado',
     'Túmbese de lado, con la pierna que va a estirar arriba.
Doble la rodilla de arriba y sujete el tobillo, o una toalla pasada alrededor de él.
Lleve con suavidad el talón hacia el glúteo, manteniendo las rodillas juntas.
Suelte el aire y deje que la parte delantera del muslo se alargue.'),
    ('HAMSTRINGS_LYING_TOWEL', 'es', 'Estiramiento de isquiotibiales tumbado con una toalla',
     'Túmbese boca arriba con una toalla alrededor del pie de la pierna que va a estirar.
Suba la pierna despacio, con la rodilla casi estirada.
Mantenga la otra pierna doblada con el pie en el suelo.
Suelte el aire y deje que la pierna suba un poco más, solo hasta donde le resulte cómodo.'),
    ('HAMSTRINGS_SEATED', 'es', 'Estiramiento de isquiotibiales sentado',
     'Siéntese en la parte delantera de una silla firme con la pierna que va a estirar extendida, el talón en el suelo y los dedos del pie hacia arriba.
Siéntese erguido e inclínese despacio hacia delante desde las caderas, con la espalda recta.
Pare donde note un estiramiento suave en la parte de atrás del muslo.
Suelte el aire y deje que la pierna se alargue.'),
    ('TIBIALIS_ANTERIOR_KNEELING_SHIN', 'es', 'Estiramiento de la espinilla de rodillas',
     'Arrodíllese sobre una superficie blanda con el empeine de los pies apoyado en el suelo.
Siéntese despacio hacia atrás, hacia los talones, apoyándose en las manos.
Pare donde note un estiramiento suave a lo largo de la parte delantera de la espinilla.
Suelte el aire y deje que los tobillos se relajen.'),
    ('TIBIALIS_ANTERIOR_STANDING_SHIN', 'es', 'Estiramiento de la espinilla de pie',
     'De pie, sujétese a una silla.
Apoye en el suelo, detrás de usted, el empeine del pie de la pierna que va a estirar, con la punta del pie estirada.
Doble un poco la rodilla de la pierna de apoyo para que se alargue la parte delantera de la espinilla.
Suelte el aire y deje que el tobillo se relaje.'),
    ('EXTENSOR_DIGITORUM_LONGUS_TOE_CURL', 'es', 'Estiramiento de la espinilla doblando los dedos',
     'Siéntese en una silla y cruce la pierna que va a estirar sobre la otra rodilla.
Sujete el pie y doble los dedos hacia abajo mientras estira la punta del pie.
Mantenga el tobillo relajado.
Suelte el aire y lleve los dedos y el pie un poco más allá.'),
    ('PERONEUS_LONGUS_FOOT_UP_SOLE_IN', 'es', 'Estiramiento con el pie hacia arriba y la planta hacia dentro',
     'Siéntese en una silla y cruce la pierna que va a estirar sobre la otra rodilla.
Sujete el pie y llévelo despacio hacia arriba, hacia la espinilla.
Manteniéndolo arriba, gire despacio la planta hacia dentro, hacia usted.
Suelte el aire y note el estiramiento a lo largo de la parte exterior del tobillo y de la pierna.'),
    ('GASTROCNEMIUS_WALL_KNEE_STRAIGHT', 'es', 'Estiramiento de la pantorrilla en la pared, rodilla estirada',
     'De pie, de cara a una pared, con las manos apoyadas en ella.
Lleve hacia atrás la pierna que va a estirar, con el talón en el suelo y la rodilla estirada.
Doble la rodilla de delante e inclínese despacio hacia la pared.
Suelte el aire y deje que la pantorrilla se alargue.'),
    ('SOLEUS_WALL_KNEE_BENT', 'es', 'Estiramiento de la pantorrilla en la pared, rodilla doblada',
     'De pie, de cara a una pared, con las manos apoyadas en ella.
Lleve la pierna que va a estirar un paso corto hacia atrás, con el talón apoyado.
Doble despacio las dos rodillas, manteniendo el talón de atrás en el suelo.
Suelte el aire y deje que la parte baja de la pantorrilla se alargue.'),
    ('PLANTAR_FOOT_MUSCLES_TOES_BACK', 'es', 'Estiramiento de la planta llevando los dedos hacia atrás',
     'Siéntese y cruce el pie que va a estirar sobre la otra rodilla.
Sujete los dedos del pie y llévelos con suavidad hacia atrás, hacia la espinilla.
Note el estiramiento a lo largo de la planta del pie.
Suelte el aire y lleve los dedos un poco más hacia atrás.');

-- A signed note's sheet keeps the stretches of each language it was issued in, like its self-care texts (V60).
alter table handout_snapshot_stretches
    add column language varchar(5) not null default 'en' check (language in ('en', 'es'));
alter table handout_snapshot_stretches drop constraint handout_snapshot_stretches_pkey;
alter table handout_snapshot_stretches add primary key (note_id, code, language);
