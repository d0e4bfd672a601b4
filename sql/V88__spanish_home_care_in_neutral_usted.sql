-- The Spanish self-care catalogue spoke to every client as a man ("Siéntese erguido", "De pie o sentado, erguido",
-- "quédese sentado, quieto", "mucho rato sentado") while the pregnancy lines of the sheet said "sentada": a pregnant
-- client read both on one sheet (clinical review 13). The texts now say it without gender, in usted throughout: the
-- back kept straight ("con la espalda recta"), seated as "en una silla", lying on the side as "de costado"; an
-- adjective that agrees with the stretch itself ("Estiramiento … tumbado") is rewritten too, as a client reads it as
-- said of them. Three steps that had no verb ("De pie, con los pies separados …") say "Póngase de pie".
--
-- Phrases are replaced where they stand, longest first, so a text an administrator has reworded keeps its wording
-- and only the phrases below change; a row that changes gets a new version, so an edit open on the old text is
-- refused as stale rather than saved over this one. Handouts already issued keep the texts they were issued with
-- (handout_snapshot_*). HandoutLanguagesTest fails if a Spanish text speaks to the client in the masculine again.

create temporary table spanish_rewording (
    position    integer primary key,
    old_phrase  text not null,
    new_phrase  text not null
) on commit drop;

insert into spanish_rewording (position, old_phrase, new_phrase) values
    (1, 'Siéntese erguido con la espalda recta.', 'Siéntese con la espalda recta.'),
    (2, 'Siéntese o póngase de pie, erguido, con la espalda recta.', 'Siéntese o póngase de pie con la espalda recta.'),
    (3, 'Siéntese o póngase de pie, erguido.', 'Siéntese o póngase de pie con la espalda recta.'),
    (4, 'Siéntese erguido en una silla firme con los dos pies en el suelo.',
        'Siéntese en una silla firme con la espalda recta y los dos pies en el suelo.'),
    (5, 'Siéntese erguido en una silla firme.', 'Siéntese en una silla firme con la espalda recta.'),
    (6, 'Siéntese erguido con la cabeza recta.', 'Siéntese con la espalda y la cabeza rectas.'),
    (7, 'Siéntese erguido con las manos apoyadas en el regazo.',
        'Siéntese con la espalda recta y las manos apoyadas en el regazo.'),
    (8, 'Siéntese erguido con los hombros relajados.', 'Siéntese con la espalda recta y los hombros relajados.'),
    (9, 'Siéntese erguido e inclínese despacio hacia delante desde las caderas, con la espalda recta.',
        'Con la espalda recta, inclínese despacio hacia delante desde las caderas.'),
    (10, 'Siéntese erguido y apoye las manos en el suelo delante de usted.',
         'Mantenga la espalda recta y apoye las manos en el suelo delante de usted.'),
    (11, 'Siéntese erguido y ', 'Siéntese con la espalda recta y '),
    (12, 'De pie o sentado, erguido, ', 'De pie o en una silla, con la espalda recta, '),
    (13, 'De pie, erguido, ', 'De pie, con la espalda recta, '),
    (14, 'vuelva de inmediato a la posición erguida y quédese sentado, quieto.',
         'vuelva de inmediato a la posición erguida y quédese en la silla, sin moverse.'),
    (15, 'De pie, con los pies separados a la anchura de las caderas',
         'Póngase de pie con los pies separados a la anchura de las caderas'),
    (16, 'De pie, de cara a una pared, con las manos apoyadas en ella.',
         'Póngase de pie de cara a una pared, con las manos apoyadas en ella.'),
    (17, 'mucho rato sentado', 'mucho rato en una silla'),
    -- Names: the position said of the stretch, not of the client.
    (18, 'Estiramiento de rodilla al hombro, sentado', 'Estiramiento de rodilla al hombro en una silla'),
    (19, 'Estiramiento de isquiotibiales sentado', 'Estiramiento de isquiotibiales en una silla'),
    (20, 'Estiramiento en forma de cuatro sentado', 'Estiramiento en forma de cuatro en una silla'),
    (21, 'Estiramiento tumbado de lado dejando caer la pierna', 'Estiramiento de costado dejando caer la pierna'),
    (22, 'Estiramiento tumbado cruzando la pierna', 'Estiramiento boca arriba cruzando la pierna'),
    (23, 'Estiramiento de isquiotibiales tumbado con una toalla',
         'Estiramiento de isquiotibiales boca arriba con una toalla'),
    (24, 'Giro de rodillas tumbado', 'Giro de rodillas boca arriba'),
    (25, 'Ovillo tumbado de lado', 'Ovillo de costado'),
    (26, 'Estiramiento de la cintura tumbado de lado', 'Estiramiento de la cintura de costado'),
    (27, 'Estiramiento tumbado arqueando la espalda', 'Estiramiento boca abajo arqueando la espalda'),
    (28, 'Estiramiento del muslo tumbado de lado', 'Estiramiento del muslo de costado');

-- Each text through every phrase in order (a recursive fold: replace() once per phrase).
create function pg_temp.reworded(text_in text) returns text language sql stable as $$
    with recursive fold (position, result) as (
        select 0, text_in
        union all
        select r.position, replace(f.result, r.old_phrase, r.new_phrase)
        from fold f
        join spanish_rewording r on r.position = f.position + 1
    )
    select result from fold order by position desc limit 1
$$;

update muscle_stretch_translations
set name = pg_temp.reworded(name), steps = pg_temp.reworded(steps), version = version + 1
where language = 'es'
  and (name <> pg_temp.reworded(name) or steps <> pg_temp.reworded(steps));

update muscle_self_care_translations
set self_pressure = pg_temp.reworded(self_pressure),
    gentle_pressure = pg_temp.reworded(gentle_pressure),
    frequency = pg_temp.reworded(frequency),
    version = version + 1
where language = 'es'
  and (self_pressure <> pg_temp.reworded(self_pressure)
    or gentle_pressure <> pg_temp.reworded(gentle_pressure)
    or frequency <> pg_temp.reworded(frequency));
