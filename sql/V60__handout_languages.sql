-- The home-care sheet in the client's language and print size, sent by e-mail as well as downloaded.
-- Languages are the ones the software ships (HandoutLanguage): English texts stay in muscle_self_care (V8), every
-- other language's self-care texts live in muscle_self_care_translations, one row per muscle and language, edited by
-- administrators like the English ones. HandoutLanguagesTest fails when a shipped language lacks a muscle.

create table client_handout_preferences (
    client_id  uuid        primary key references clients (id),
    version    integer     not null default 0,
    language   varchar(5)  not null check (language in ('en', 'es')),
    print_size varchar(8)  not null check (print_size in ('STANDARD', 'LARGE')),
    updated_at timestamptz not null,
    updated_by uuid        not null references users (id)
);

create table muscle_self_care_translations (
    muscle_code   varchar(40)   not null references muscles (code),
    language      varchar(5)    not null check (language in ('en', 'es')),
    version       integer       not null default 0,
    self_pressure varchar(1000) not null check (btrim(self_pressure) <> ''),
    stretch_name  varchar(200)  not null check (btrim(stretch_name) <> ''),
    stretch_steps varchar(2000) not null check (btrim(stretch_steps) <> ''),
    frequency     varchar(300)  not null check (btrim(frequency) <> ''),
    updated_at    timestamptz,
    updated_by    uuid          references users (id),
    primary key (muscle_code, language),
    -- English is muscle_self_care itself; a second English copy here would drift from it.
    constraint translations_are_not_english check (language <> 'en')
);

-- A signed note's sheet is reproduced per language: the snapshot keeps the texts of each language it was issued in,
-- taken at the first issue in that language (still append-only).
alter table handout_snapshot_self_care
    add column language varchar(5) not null default 'en' check (language in ('en', 'es'));
alter table handout_snapshot_self_care drop constraint handout_snapshot_self_care_pkey;
alter table handout_snapshot_self_care add primary key (note_id, muscle_code, language);

-- Each issue records what was given: paper, print size, language, and whether it was downloaded or e-mailed (and to
-- which address). Issues before this migration were English, standard print, downloaded.
alter table handouts
    add column print_size varchar(8)   not null default 'STANDARD' check (print_size in ('STANDARD', 'LARGE')),
    add column language   varchar(5)   not null default 'en' check (language in ('en', 'es')),
    add column channel    varchar(8)   not null default 'DOWNLOAD' check (channel in ('DOWNLOAD', 'EMAIL')),
    add column sent_to    varchar(254),
    add constraint handouts_email_has_address check ((channel = 'EMAIL') = (sent_to is not null));

insert into audit_actions (code) values ('HANDOUT_EMAILED');

insert into muscle_self_care_translations (muscle_code, language, self_pressure, stretch_name, stretch_steps, frequency) values
    ('TEMPORALIS', 'es',
     'Coloque dos o tres yemas de los dedos en el lado de la cabeza, justo por encima y por delante de la oreja. Apriete suavemente los dientes para notar el músculo; después relaje la mandíbula y presione despacio el punto sensible.',
     'Apertura de la mandíbula con la cabeza quieta',
     'Siéntese erguido con los hombros relajados.
Deje que la mandíbula se abra despacio, con la lengua apoyada detrás de los dientes de arriba.
Ponga una mano en la barbilla y acompañe el movimiento hacia abajo con suavidad al soltar el aire.
Cierre despacio y deje descansar la mandíbula con los dientes un poco separados.',
     'Dos o tres veces al día, y cada vez que note que aprieta los dientes.'),
    ('MASSETER', 'es',
     'Apoye las yemas de los dedos en la mejilla, delante del lóbulo de la oreja, y apriete un poco los dientes para encontrar el músculo firme; después afloje la mandíbula y presione despacio el punto sensible, o pellízquelo con suavidad con el pulgar por dentro y los dedos por fuera de la mejilla.',
     'Estiramiento de apertura de la mandíbula',
     'Siéntese erguido y deje caer la mandíbula despacio, hasta donde le resulte cómodo.
Apoye las yemas de los dedos en los dientes de abajo y abra un poco más al soltar el aire.
Mantenga el movimiento recto hacia abajo, sin desviar la mandíbula hacia un lado.
Cierre despacio y deje los dientes separados.',
     'Dos o tres veces al día, y antes de dormir si aprieta o rechina los dientes por la noche.'),
    ('LATERAL_PTERYGOID', 'es',
     'Este músculo es profundo: presione solo muy suavemente con una yema en el hueco justo delante de la oreja, debajo del pómulo, con la boca un poco abierta. En casa no presione por dentro de la boca.',
     'Deslizamiento relajado de la mandíbula',
     'Siéntese erguido y apoye la punta de la lengua en el paladar.
Abra la boca despacio sin mover la lengua, solo hasta donde le resulte cómodo.
Deje descansar la mandíbula ahí y suelte el aire despacio, relajando la cara.
Cierre despacio y deje los dientes separados.',
     'Dos veces al día, y cuando note la mandíbula tensa.'),
    ('STERNOCLEIDOMASTOID', 'es',
     'Gire un poco la cabeza hacia el lado contrario para que el músculo se marque a lo largo del cuello. Pellízquelo con suavidad entre el pulgar y los dedos, lejos del pulso de la garganta, y apriete despacio hasta notar el punto sensible. Trabaje un lado cada vez.',
     'Estiramiento del lado del cuello mirando hacia arriba',
     'Siéntese erguido y sujete el asiento de la silla con la mano del lado que va a estirar.
Incline la oreja hacia el hombro contrario.
Gire la cara un poco hacia el techo hasta notar un estiramiento suave en el lado y la parte delantera del cuello.
Suelte el aire y deje que el estiramiento aumente un poco; vuelva despacio.',
     'Dos o tres veces al día, sobre todo después de leer o de trabajar con pantallas.'),
    ('SCALENES', 'es',
     'Apoye los dedos planos justo encima de la clavícula, en el lado del cuello. Presione solo muy suavemente: aquí pasan nervios y vasos sanguíneos, así que pare enseguida si nota hormigueo en el brazo o la mano.',
     'Estiramiento de los escalenos',
     'Siéntese erguido y ponga la mano del lado que va a estirar bajo el glúteo, o sujete el asiento de la silla.
Incline la cabeza hacia el otro lado, con la oreja hacia el otro hombro.
Gire la barbilla un poco hacia arriba y hacia fuera hasta notar un estiramiento suave encima de la clavícula.
Suelte el aire despacio en el estiramiento; pare si el brazo hormiguea.',
     'Dos veces al día; además, respire despacio con el abdomen durante el día.'),
    ('SUBOCCIPITALS', 'es',
     'Túmbese boca arriba y apoye la base del cráneo sobre dos pelotas de tenis dentro de un calcetín, una a cada lado de la columna, o presione hacia arriba con suavidad con las yemas bajo el borde del cráneo.',
     'Asentir con la barbilla',
     'Túmbese boca arriba o siéntese erguido con la cabeza recta.
Baje la barbilla con suavidad, como diciendo que sí, alargando la nuca.
Mantenga la mandíbula relajada y no adelante la cabeza.
Suelte el aire y deje que la nuca se relaje aún más.',
     'Varias veces al día, sobre todo durante el trabajo con pantallas.'),
    ('SPLENIUS_CAPITIS', 'es',
     'Busque el punto en la nuca, justo debajo del cráneo, a un pulgar de distancia de la columna. Presione despacio con las yemas de los dedos o túmbese sobre una pelota de tenis colocada ahí.',
     'Estiramiento de barbilla al pecho con giro',
     'Siéntese erguido y baje la barbilla despacio hacia el pecho.
Gire la cabeza un poco hacia el lado contrario, con la nariz hacia esa axila.
Apoye la mano de ese lado en la parte de atrás de la cabeza, sin tirar.
Suelte el aire y deje que el peso de la mano aumente un poco el estiramiento.',
     'Dos o tres veces al día.'),
    ('POSTERIOR_CERVICALS', 'es',
     'Presione con las yemas de los dedos el punto sensible junto a la columna, en la nuca, o túmbese boca arriba con una pelota de tenis dentro de un calcetín bajo ese punto y deje descansar la cabeza sobre ella.',
     'Estiramiento de barbilla al pecho',
     'Siéntese erguido y meta un poco la barbilla.
Deje que la cabeza se incline despacio hacia delante, con la barbilla hacia el pecho.
Apoye las dos manos en la parte de atrás de la cabeza, con los codos hacia abajo, sin tirar.
Suelte el aire y deje que el cuello se alargue; suba despacio.',
     'Dos o tres veces al día, y después de pasar mucho rato mirando hacia abajo.'),
    ('LEVATOR_SCAPULAE', 'es',
     'De pie, de espaldas a una pared, coloque una pelota de tenis donde el cuello se une con la parte alta del omóplato. Apóyese despacio hasta notar el punto sensible, o presione con los dedos de la otra mano.',
     'Estiramiento de barbilla a la axila',
     'Siéntese erguido y sujete el asiento de la silla con la mano del lado que va a estirar.
Gire la cabeza unos 45 grados hacia el lado contrario y baje la nariz hacia la axila contraria.
Apoye la otra mano en la parte de atrás de la cabeza, sin tirar.
Suelte el aire y deje que el estiramiento aumente un poco; vuelva despacio.',
     'Dos o tres veces al día, y después de conducir o de trabajar sentado.'),
    ('UPPER_TRAPEZIUS', 'es',
     'Pellizque el músculo de la parte alta del hombro entre el pulgar y los dedos, o cruce la mano contraria y presione hacia abajo con las yemas. Apriete despacio hasta notar el punto sensible.',
     'Estiramiento de oreja al hombro',
     'Siéntese erguido y sujete el asiento de la silla con la mano del lado que va a estirar.
Incline la cabeza hacia el otro lado, acercando la oreja al otro hombro.
Apoye la otra mano en el lado de la cabeza, sin tirar.
Suelte el aire y deje caer el hombro mientras aumenta el estiramiento.',
     'Dos o tres veces al día, y en las pausas del trabajo de oficina.'),
    ('DELTOID', 'es',
     'Presione con las yemas de la mano contraria el punto sensible en la parte delantera, lateral o posterior del hombro, o apoye el hombro contra una pelota en la pared.',
     'Estiramiento del deltoides según la parte tratada',
     'Parte delantera: de pie en el marco de una puerta, lleve el brazo hacia atrás a la altura del hombro, con la mano en el marco.
Gire el cuerpo despacio hacia el otro lado hasta notar el estiramiento en la parte delantera del hombro.
Parte posterior: lleve el brazo por delante del cuerpo a la altura del hombro y sujételo por encima del codo con la otra mano.
En los dos casos, suelte el aire y deje que el hombro se relaje hacia atrás y hacia abajo.',
     'Dos veces al día.'),
    ('SUBSCAPULARIS', 'es',
     'Este músculo está debajo del omóplato y cuesta alcanzarlo: túmbese boca arriba con el brazo relajado y presione con suavidad con los dedos de la otra mano en la parte posterior de la axila, contra el omóplato. Presione poco: por la axila pasan nervios; pare si nota hormigueo en el brazo.',
     'Estiramiento de rotación del brazo en una puerta',
     'De pie en el marco de una puerta, apoye el antebrazo en el marco, con el codo doblado en ángulo recto a la altura del hombro o más abajo.
Gire el cuerpo despacio alejándose del brazo hasta notar un estiramiento suave en la parte delantera del hombro.
Mantenga el omóplato hacia atrás y hacia abajo.
Suelte el aire y gire un poco más; vuelva despacio.',
     'Dos veces al día; además, caliente el hombro antes de levantar los brazos por encima de la cabeza.'),
    ('SUPRASPINATUS', 'es',
     'Busque el punto en la parte alta del omóplato, por encima de su cresta. Presione con las yemas de la mano contraria o apóyese en una pelota de tenis contra la pared.',
     'Estiramiento con el brazo detrás de la espalda',
     'De pie, erguido, coloque el dorso de la mano en la parte baja de la espalda.
Con la otra mano, sujete la muñeca y llévela con suavidad hacia el otro lado de la espalda.
Mantenga los hombros nivelados y relajados.
Suelte el aire y deje que el hombro ceda hacia delante en el estiramiento.',
     'Dos veces al día.'),
    ('INFRASPINATUS', 'es',
     'Túmbese boca arriba sobre una pelota de tenis colocada en la parte plana del omóplato, o póngase de pie contra una pared con la pelota ahí, y apóyese despacio hasta notar el punto sensible.',
     'Estiramiento del omóplato cruzando el brazo',
     'De pie o sentado, erguido.
Lleve el brazo por delante del pecho, con la mano hacia el hombro contrario.
Sujete el codo con la otra mano y acérquelo con suavidad.
Suelte el aire y deje que el omóplato se deslice hacia delante con el estiramiento.',
     'Dos veces al día, y antes de dormir si le duele al tumbarse sobre ese hombro.'),
    ('TERES_MINOR', 'es',
     'Apóyese contra una pelota de tenis en la pared, colocada en el borde exterior del omóplato, justo detrás de la axila, o presione ahí con los dedos de la otra mano.',
     'Estiramiento cruzado con el brazo elevado',
     'De pie, erguido, levante el brazo hacia delante hasta la altura del hombro.
Llévelo por delante del cuerpo y sujételo por encima del codo con la otra mano.
Acerque el brazo con suavidad, un poco hacia arriba.
Suelte el aire y deje que la parte de atrás del hombro se relaje.',
     'Dos veces al día.'),
    ('TERES_MAJOR', 'es',
     'Túmbese de lado y pellizque el pliegue de la parte posterior de la axila entre el pulgar y los dedos, o apoye el borde exterior inferior del omóplato contra una pelota de tenis en la pared.',
     'Brazo por encima de la cabeza con inclinación lateral',
     'De pie, erguido, levante el brazo por encima de la cabeza y doble el codo para que la mano descanse detrás de la cabeza.
Sujete el codo con la otra mano.
Incline el cuerpo con suavidad hacia el otro lado.
Suelte el aire y deje que la parte posterior de la axila se alargue.',
     'Dos veces al día.'),
    ('PECTORALIS_MAJOR', 'es',
     'Pellizque el pliegue delantero de la axila entre el pulgar y los dedos, o póngase de cara a la pared con una pelota de tenis en el pecho, debajo de la clavícula, y apóyese despacio.',
     'Estiramiento del pecho en una puerta',
     'De pie en el marco de una puerta, con el antebrazo apoyado en el marco y el codo a la altura del hombro.
Dé un paso adelante despacio con la pierna del mismo lado.
Mantenga el hombro bajo y la barbilla recta.
Suelte el aire y deje que el pecho se abra un poco más.',
     'Dos o tres veces al día, sobre todo después de trabajar sentado o de conducir.'),
    ('PECTORALIS_MINOR', 'es',
     'Presione con suavidad con las yemas de los dedos justo debajo de la clavícula, a una mano de distancia hacia dentro desde la parte delantera del hombro, o apóyese en una pelota en la pared en ese punto.',
     'Estiramiento en una puerta con el brazo alto',
     'De pie en el marco de una puerta, con el antebrazo apoyado en el marco y el codo por encima del hombro.
Dé un paso adelante despacio y deje que el omóplato vaya hacia atrás y hacia abajo.
Evite que las costillas se adelanten.
Suelte el aire y deje que la parte delantera del hombro se abra.',
     'Dos veces al día.'),
    ('SERRATUS_ANTERIOR', 'es',
     'Túmbese sobre el otro lado y presione con suavidad con las yemas de los dedos en el costado de las costillas, debajo de la axila, entre las costillas. Presione poco: está pegado a las costillas.',
     'Estiramiento en una puerta con el brazo hacia atrás',
     'De pie en el marco de una puerta, ponga la mano del lado que va a estirar en el marco, detrás de usted, a la altura del hombro.
Lleve el omóplato hacia atrás, hacia la columna.
Gire el cuerpo despacio alejándose del brazo hasta notar el estiramiento en el costado de las costillas.
Suelte el aire y deje que el estiramiento aumente un poco; vuelva despacio.',
     'Dos veces al día, y cuando le cueste respirar hondo.'),
    ('MIDDLE_TRAPEZIUS', 'es',
     'Túmbese boca arriba o póngase contra una pared con una pelota de tenis entre la columna y el omóplato, y apóyese despacio hasta notar el punto sensible.',
     'Estiramiento del abrazo',
     'Siéntese o póngase de pie, erguido.
Cruce los brazos y sujete los hombros contrarios, como si se abrazara.
Redondee con suavidad la parte alta de la espalda y deje que los omóplatos se separen.
Suelte el aire dirigiéndolo al espacio entre los omóplatos.',
     'Dos o tres veces al día.'),
    ('RHOMBOIDS', 'es',
     'Túmbese boca arriba con una pelota de tenis entre la columna y el borde interior del omóplato, o de pie con la pelota contra la pared, y apóyese despacio.',
     'Estiramiento de la parte alta de la espalda con los brazos adelante',
     'Siéntese erguido y entrelace las manos delante de usted a la altura del pecho.
Empuje las manos hacia delante y deje que la parte alta de la espalda se redondee.
Deje caer un poco la cabeza hacia delante.
Suelte el aire y note cómo se separan los omóplatos.',
     'Dos o tres veces al día, y después de pasar mucho rato en el escritorio.'),
    ('SERRATUS_POSTERIOR_SUPERIOR', 'es',
     'Este punto está debajo de la parte alta del omóplato: cruce el brazo por delante del pecho para apartar el omóplato y apóyese en una pelota de tenis en la pared, cerca del borde interior superior del omóplato.',
     'Estiramiento del abrazo con la espalda redondeada',
     'Siéntese en el borde de una silla.
Cruce los brazos y sujete los hombros contrarios.
Deje que la parte alta de la espalda se redondee y que la cabeza caiga hacia delante.
Suelte el aire y deje que los omóplatos se separen más.',
     'Dos veces al día.'),
    ('LOWER_TRAPEZIUS', 'es',
     'Túmbese boca arriba con una pelota de tenis debajo de la punta inferior del omóplato, cerca de la columna, o de pie con la pelota contra la pared en ese punto, y apóyese despacio.',
     'Estiramiento alcanzando hacia delante',
     'Siéntese erguido y entrelace las manos delante de usted.
Alcance hacia delante y un poco hacia abajo, dejando que los omóplatos se deslicen hacia delante y hacia arriba.
Redondee la espalda con suavidad.
Suelte el aire y deje que la mitad de la espalda se alargue.',
     'Dos veces al día.'),
    ('LATISSIMUS_DORSI', 'es',
     'Túmbese de lado y pellizque el músculo de la parte posterior de la axila y del costado de las costillas entre el pulgar y los dedos, apretando despacio.',
     'Estiramiento lateral por encima de la cabeza',
     'De pie, erguido, levante por encima de la cabeza el brazo del lado que va a estirar.
Sujete la muñeca con la otra mano.
Inclínese despacio hacia el otro lado, llevando el brazo hacia arriba y por encima.
Suelte el aire y deje que el costado se alargue desde la cadera hasta la axila.',
     'Dos veces al día.'),
    ('BICEPS_BRACHII', 'es',
     'Presione con las yemas de la otra mano en la parte delantera del brazo, a medio camino entre el hombro y el codo, con el brazo relajado sobre una mesa.',
     'Estiramiento del bíceps en la pared',
     'Póngase de lado junto a una pared y apoye la palma en ella, detrás de usted, a la altura del hombro, con el pulgar hacia arriba.
Mantenga el codo estirado, pero sin bloquearlo.
Gire el cuerpo despacio alejándose de la pared.
Suelte el aire y deje que la parte delantera del brazo y del hombro se alargue.',
     'Dos veces al día.'),
    ('TRICEPS_BRACHII', 'es',
     'Pellizque la parte de atrás del brazo entre el pulgar y los dedos con el brazo relajado, o presione con las yemas justo por encima del codo, por detrás.',
     'Estiramiento del tríceps por encima de la cabeza',
     'De pie o sentado, erguido, levante el brazo por encima de la cabeza.
Doble el codo para que la mano caiga detrás de la cabeza.
Con la otra mano, lleve el codo con suavidad hacia atrás y hacia la cabeza.
Suelte el aire y deje que la parte de atrás del brazo se alargue.',
     'Dos veces al día.'),
    ('BRACHIORADIALIS', 'es',
     'Apoye el antebrazo en una mesa con el pulgar hacia arriba y presione con los dedos de la otra mano el músculo del lado del pulgar del antebrazo, justo debajo del codo.',
     'Estiramiento del antebrazo con la palma hacia abajo',
     'Estire el brazo hacia delante con el codo recto y la palma hacia abajo.
Doble la muñeca hacia abajo y gire la mano un poco hacia fuera, con el pulgar hacia el suelo.
Con la otra mano, lleve la muñeca un poco más allá.
Suelte el aire mientras aumenta el estiramiento.',
     'Dos o tres veces al día, y en las pausas de tareas en las que agarra con fuerza.'),
    ('SUPINATOR', 'es',
     'Apoye el antebrazo en una mesa con la palma hacia arriba y presione con el pulgar de la otra mano en la parte exterior del antebrazo, justo debajo del pliegue del codo.',
     'Estiramiento girando el antebrazo',
     'Ponga el brazo delante de usted con el codo recto.
Gire la palma hacia abajo y luego un poco más, como si vaciara una jarra.
Con la otra mano, acompañe el giro un poco más.
Suelte el aire mientras entra en el estiramiento.',
     'Dos o tres veces al día.'),
    ('FOREARM_FLEXORS', 'es',
     'Apoye el antebrazo en una mesa con la palma hacia arriba y presione con el pulgar de la otra mano los músculos de la cara interior del antebrazo, unos dedos por debajo del codo.',
     'Estiramiento de los flexores de la muñeca y los dedos',
     'Estire el brazo hacia delante con el codo recto y la palma hacia arriba.
Con la otra mano, doble la muñeca hacia atrás y lleve los dedos hacia atrás con suavidad.
Mantenga el codo estirado, pero sin bloquearlo.
Suelte el aire mientras aumenta el estiramiento.',
     'Dos o tres veces al día, y en las pausas al escribir en el teclado o agarrar.'),
    ('FOREARM_EXTENSORS', 'es',
     'Apoye el antebrazo en una mesa con la palma hacia abajo y presione con el pulgar de la otra mano los músculos de la parte de atrás del antebrazo, unos dedos por debajo del codo.',
     'Estiramiento de los extensores de la muñeca y los dedos',
     'Estire el brazo hacia delante con el codo recto y la palma hacia abajo.
Cierre el puño sin apretar y doble la muñeca hacia abajo.
Con la otra mano, lleve el dorso de la mano un poco más hacia abajo.
Suelte el aire mientras aumenta el estiramiento.',
     'Dos o tres veces al día, y en las pausas al escribir en el teclado o agarrar.'),
    ('RECTUS_ABDOMINIS', 'es',
     'Túmbese boca arriba con las rodillas dobladas y presione con suavidad con las yemas el punto sensible del músculo, a un lado u otro del ombligo. Presione poco y nunca sobre el propio ombligo.',
     'Estiramiento tumbado arqueando la espalda',
     'Túmbese boca abajo con las manos debajo de los hombros.
Suba despacio apoyándose en los antebrazos, con las caderas en el suelo.
Deje que el abdomen se alargue y que los hombros sigan abajo.
Suelte el aire y relájese un poco más; baje despacio.',
     'Una o dos veces al día.'),
    ('EXTERNAL_OBLIQUE', 'es',
     'Túmbese boca arriba con las rodillas dobladas y presione con suavidad con las yemas en el costado del abdomen, entre las costillas de abajo y la parte alta del hueso de la cadera.',
     'Inclinación lateral de pie',
     'De pie, con los pies separados a la anchura de las caderas.
Levante por encima de la cabeza el brazo del lado que va a estirar.
Inclínese despacio hacia el otro lado, sin mover las caderas.
Suelte el aire y deje que el costado de la cintura se alargue.',
     'Una o dos veces al día.'),
    ('THORACOLUMBAR_PARASPINALS', 'es',
     'Túmbese boca arriba con las rodillas dobladas y una pelota de tenis dentro de un calcetín junto a la columna, en el punto sensible (nunca sobre la columna), y deje que su peso se apoye despacio.',
     'Estiramiento de rodillas al pecho',
     'Túmbese boca arriba con las rodillas dobladas.
Lleve una rodilla y después la otra hacia el pecho y sujételas por detrás de los muslos.
Deje que la parte baja de la espalda se redondee con suavidad contra el suelo.
Suelte el aire y acerque las rodillas un poco más.',
     'Dos veces al día, y después de pasar mucho rato sentado o de pie.'),
    ('QUADRATUS_LUMBORUM', 'es',
     'Túmbese sobre el otro lado y presione con el pulgar o los dedos en la cintura, entre la última costilla y la parte alta del hueso de la cadera, justo al lado de los músculos de la espalda. O túmbese boca arriba sobre una pelota de tenis colocada ahí.',
     'Estiramiento de la cintura tumbado de lado',
     'Túmbese sobre el otro lado en el borde de la cama, con una almohada bajo la cintura.
Deje que la pierna de arriba se deslice hacia atrás y hacia abajo por el borde de la cama.
Lleve el brazo de arriba por encima de la cabeza para alargar el costado de la cintura.
Suelte el aire y deje que la pierna baje un poco más.',
     'Dos veces al día, y antes de levantarse por la mañana si nota rígida la parte baja de la espalda.'),
    ('MULTIFIDI', 'es',
     'Túmbese boca arriba con las rodillas dobladas y una pelota de tenis dentro de un calcetín justo al lado de la parte baja de la columna, en el punto sensible, y deje que su peso se apoye despacio. Nunca se tumbe directamente sobre la columna.',
     'Postura del niño',
     'Arrodíllese en el suelo y siéntese hacia atrás, hacia los talones.
Estire los brazos hacia delante en el suelo y apoye la frente.
Deje que la parte baja de la espalda se redondee y se alargue.
Suelte el aire hacia la parte baja de la espalda y deje que se relaje.',
     'Dos veces al día.'),
    ('ILIOPSOAS', 'es',
     'Túmbese boca arriba con las rodillas dobladas. Presione muy suavemente con las yemas en el abdomen, unos dos dedos por dentro de la parte delantera del hueso de la cadera, hundiéndolas despacio al soltar el aire. Si nota un pulso, mueva los dedos.',
     'Estiramiento de los flexores de la cadera de rodillas',
     'Arrodíllese sobre un cojín con la rodilla del lado que va a estirar y el otro pie apoyado delante.
Meta el coxis hacia dentro y mantenga el tronco erguido.
Lleve el peso despacio hacia delante hasta notar un estiramiento en la parte delantera de la cadera.
Suelte el aire y deje que la cadera baje un poco más.',
     'Dos veces al día, y después de pasar mucho rato sentado.'),
    ('TENSOR_FASCIAE_LATAE', 'es',
     'Túmbese sobre el otro lado y presione con las yemas en la parte delantera de la cadera, justo por debajo y por fuera de la punta delantera del hueso de la cadera, o túmbese boca abajo con una pelota bajo ese punto.',
     'Estiramiento de cadera de pie cruzando las piernas',
     'Póngase de lado junto a una pared, con el lado que va a estirar más cerca de ella.
Cruce la pierna de fuera por delante de la de dentro.
Lleve la cadera hacia la pared.
Suelte el aire y deje que la parte exterior de la cadera se alargue.',
     'Dos veces al día.'),
    ('GLUTEUS_MEDIUS', 'es',
     'Túmbese boca arriba o póngase contra una pared con una pelota de tenis en el lado del glúteo, justo debajo del borde de la pelvis, y apóyese despacio.',
     'Estiramiento tumbado llevando la pierna cruzada',
     'Túmbese boca arriba con las dos piernas estiradas.
Lleve la pierna que va a estirar, estirada, por encima de la otra hacia el lado contrario, todo lo que le resulte cómodo.
Mantenga los dos hombros y la pelvis en el suelo, sin girar el tronco.
Suelte el aire y deje que la parte exterior de la cadera se alargue.',
     'Dos veces al día.'),
    ('GLUTEUS_MINIMUS', 'es',
     'Túmbese sobre el otro lado y presione con las yemas en la parte exterior de la cadera, a una mano por debajo del borde de la pelvis, o túmbese sobre una pelota de tenis colocada ahí.',
     'Estiramiento tumbado cruzando la pierna',
     'Túmbese boca arriba con la pierna que va a estirar estirada.
Doble la otra rodilla y lleve la pierna estirada por encima de ella hacia el otro lado.
Mantenga los dos hombros en el suelo.
Suelte el aire y deje que la parte exterior de la cadera se alargue.',
     'Dos veces al día.'),
    ('PIRIFORMIS', 'es',
     'Siéntese en una silla firme o túmbese boca arriba con una pelota de tenis en el centro del glúteo, entre el coxis y el hueso saliente de la cadera, y deje que su peso se apoye despacio. Pare enseguida si nota hormigueo o entumecimiento que baja por la pierna.',
     'Estiramiento en forma de cuatro',
     'Túmbese boca arriba con las dos rodillas dobladas.
Cruce el tobillo del lado que va a estirar sobre la rodilla contraria.
Sujete por detrás el muslo de la pierna de abajo y acerque con suavidad las dos piernas hacia usted.
Suelte el aire y deje que el glúteo se suelte.',
     'Dos veces al día, y después de pasar mucho rato sentado o conduciendo.'),
    ('GLUTEUS_MAXIMUS', 'es',
     'Siéntese en una silla firme o túmbese boca arriba con una pelota de tenis bajo el glúteo, cerca del coxis, y deje que su peso se apoye despacio en el punto sensible.',
     'Estiramiento de rodilla al hombro contrario',
     'Túmbese boca arriba con las piernas estiradas o las rodillas dobladas.
Suba una rodilla y sujétela con las dos manos.
Llévela hacia el hombro contrario.
Suelte el aire y deje que el glúteo se alargue.',
     'Dos veces al día.'),
    ('RECTUS_FEMORIS', 'es',
     'Siéntese con la pierna relajada y presione con los pulgares en la parte delantera del muslo, a una mano por debajo del pliegue de la cadera, hundiéndolos despacio.',
     'Estiramiento del muslo de pie',
     'De pie, sujétese a una silla o a la pared para mantener el equilibrio.
Doble la rodilla de la pierna que va a estirar y sujete el tobillo o el pantalón por detrás.
Mantenga las rodillas juntas y meta el coxis hacia dentro.
Suelte el aire y deje que la parte delantera del muslo se alargue.',
     'Dos veces al día.'),
    ('ADDUCTOR_LONGUS_BREVIS', 'es',
     'Siéntese con la rodilla doblada y girada hacia fuera y presione con las yemas en la cara interior del muslo, a una mano por debajo de la ingle. Presione poco: cerca pasan vasos sanguíneos.',
     'Estiramiento de mariposa',
     'Siéntese en el suelo con la espalda apoyada en la pared.
Junte las plantas de los pies y deje caer las rodillas hacia fuera.
Apoye las manos en los tobillos.
Suelte el aire y deje que las rodillas bajen despacio, sin empujarlas.',
     'Dos veces al día.'),
    ('ADDUCTOR_MAGNUS', 'es',
     'Siéntese con la rodilla doblada y girada hacia fuera y presione con las yemas en la cara interior del muslo, a medio camino entre la ingle y la rodilla, hundiéndolas despacio. En la mitad del muslo pasan vasos y nervios: presione poco y pare si nota hormigueo.',
     'Estiramiento hacia delante con las piernas abiertas',
     'Siéntese en el suelo con las piernas bien abiertas y las rodillas estiradas, sin bloquearlas.
Siéntese erguido y apoye las manos en el suelo delante de usted.
Inclínese despacio hacia delante desde las caderas, con la espalda larga.
Suelte el aire y deje que la cara interior de los muslos se alargue.',
     'Dos veces al día.'),
    ('VASTUS_MEDIALIS', 'es',
     'Siéntese con la pierna estirada y relajada y presione con el pulgar en la parte delantera interior del muslo, unos dedos por encima de la rótula.',
     'Estiramiento del muslo tumbado de lado',
     'Túmbese de lado, con la pierna que va a estirar arriba.
Doble la rodilla de arriba y sujete el tobillo, o una toalla alrededor de él.
Lleve con suavidad el talón hacia el glúteo, con las rodillas juntas.
Suelte el aire y deje que la parte delantera del muslo se alargue.',
     'Dos veces al día.'),
    ('VASTUS_LATERALIS', 'es',
     'Túmbese sobre el otro lado y presione con las yemas, o ruede con suavidad sobre una pelota, a lo largo de la cara exterior del muslo, entre la cadera y la rodilla; suele estar sensible, así que vaya despacio.',
     'Estiramiento del muslo de pie',
     'De pie, sujétese a una silla o a la pared para mantener el equilibrio.
Doble la rodilla de la pierna que va a estirar y sujete el tobillo por detrás.
Mantenga las rodillas juntas y el tronco erguido.
Suelte el aire y deje que la parte delantera y lateral del muslo se alargue.',
     'Dos veces al día.'),
    ('HAMSTRINGS', 'es',
     'Siéntese en una silla firme con una pelota de tenis bajo la parte de atrás del muslo, en el punto sensible, y deje que el peso de la pierna se apoye despacio. Pare enseguida si nota hormigueo o entumecimiento que baja por la pierna.',
     'Estiramiento de isquiotibiales tumbado con una toalla',
     'Túmbese boca arriba con una toalla alrededor del pie de la pierna que va a estirar.
Suba la pierna despacio, con la rodilla casi estirada.
Mantenga la otra pierna doblada con el pie en el suelo.
Suelte el aire y deje que la pierna suba un poco más, solo hasta donde le resulte cómodo.',
     'Dos veces al día.'),
    ('TIBIALIS_ANTERIOR', 'es',
     'Siéntese con el pie en el suelo y presione con el pulgar el músculo justo por fuera de la tibia, a una mano por debajo de la rodilla.',
     'Estiramiento de la espinilla de rodillas',
     'Arrodíllese sobre una superficie blanda con el empeine apoyado en el suelo.
Siéntese despacio hacia atrás, hacia los talones, apoyándose en las manos.
Pare donde note un estiramiento suave a lo largo de la parte delantera de la espinilla.
Suelte el aire y deje que los tobillos se relajen.',
     'Una o dos veces al día.'),
    ('EXTENSOR_DIGITORUM_LONGUS', 'es',
     'Siéntese con el pie en el suelo y presione con el pulgar en la parte delantera exterior de la pierna, a una mano por debajo de la rodilla y justo por fuera del músculo de la espinilla.',
     'Estiramiento de la espinilla doblando los dedos',
     'Siéntese en una silla y cruce la pierna que va a estirar sobre la otra rodilla.
Sujete el pie y doble los dedos hacia abajo mientras estira la punta del pie.
Mantenga el tobillo relajado.
Suelte el aire y lleve los dedos y el pie un poco más allá.',
     'Una o dos veces al día.'),
    ('PERONEUS_LONGUS', 'es',
     'Siéntese con el pie en el suelo y presione con el pulgar en la cara exterior de la pierna, a una mano por debajo de la rodilla. No presione sobre el bulto óseo que hay justo debajo de la rodilla por fuera: por ahí pasa un nervio; pare si nota hormigueo en el pie.',
     'Estiramiento de los peroneos: pie arriba y planta hacia dentro',
     'Siéntese en una silla y cruce la pierna que va a estirar sobre la otra rodilla.
Sujete el pie y llévelo primero hacia arriba, hacia la espinilla.
Sin soltarlo, gire despacio la planta hacia dentro.
Suelte el aire y deje que la cara exterior del tobillo y de la pierna se alargue un poco más.',
     'Una o dos veces al día.'),
    ('GASTROCNEMIUS', 'es',
     'Siéntese con la pierna doblada y presione con los pulgares en la pantorrilla, a una mano por debajo de la parte de atrás de la rodilla, o apoye la pantorrilla sobre una pelota en el suelo y deje que se asiente.',
     'Estiramiento de la pantorrilla en la pared, rodilla estirada',
     'De pie, de cara a una pared, con las manos apoyadas en ella.
Lleve hacia atrás la pierna que va a estirar, con el talón en el suelo y la rodilla estirada.
Doble la rodilla de delante e inclínese despacio hacia la pared.
Suelte el aire y deje que la pantorrilla se alargue.',
     'Dos o tres veces al día, y antes de acostarse si tiene calambres por la noche.'),
    ('SOLEUS', 'es',
     'Siéntese con la pierna doblada y presione con los pulgares en la parte baja de la pantorrilla, por encima del tendón de Aquiles, o apóyela sobre una pelota y deje que se asiente.',
     'Estiramiento de la pantorrilla en la pared, rodilla doblada',
     'De pie, de cara a una pared, con las manos apoyadas en ella.
Lleve hacia atrás, un poco, la pierna que va a estirar, con el talón en el suelo.
Doble las dos rodillas despacio, con el talón de atrás en el suelo.
Suelte el aire y deje que la parte baja de la pantorrilla se alargue.',
     'Dos o tres veces al día.'),
    ('PLANTAR_FOOT_MUSCLES', 'es',
     'Siéntese y haga rodar despacio la planta del pie sobre una pelota de tenis; después descanse sobre el punto sensible con un peso suave.',
     'Estiramiento de la planta llevando los dedos hacia atrás',
     'Siéntese y cruce el pie que va a estirar sobre la otra rodilla.
Sujete los dedos y llévelos con suavidad hacia atrás, hacia la espinilla.
Note el estiramiento a lo largo de la planta del pie.
Suelte el aire y lleve los dedos un poco más hacia atrás.',
     'Dos o tres veces al día, y antes de dar los primeros pasos por la mañana.');
