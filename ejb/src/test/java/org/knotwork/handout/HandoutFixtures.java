package org.knotwork.handout;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.MapLocation;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.Episode;
import org.knotwork.charting.HeatEpisode;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.HomePlan;
import org.knotwork.charting.NoteWithPlans;
import org.knotwork.charting.ProtocolPolicy;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.charting.SessionBuilder;
import org.knotwork.charting.StretchEpisode;
import org.knotwork.charting.TreatedPoint;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Letterhead;

/**
 * A typical session for handout tests: four points in three muscles, with compression, stretch and heat; self-care
 * texts and stretches for them (one gluteus medius stretch lies flat, one levator stretch bends the neck under load).
 */
final class HandoutFixtures {

    static final Instant SESSION = Instant.parse("2026-03-02T10:00:00Z");
    static final UUID THERAPIST = UUID.randomUUID();
    static final Letterhead LETTERHEAD = new Letterhead(
            "Harbour Street Myotherapy", "12 Harbour Street, Portsmouth\nTel 023 9200 0000", null, "023 9200 0000");

    static final Map<String, SelfCareText> TEXTS = Map.of(
            "UPPER_TRAPEZIUS",
            new SelfCareText(
                    "Pinch the muscle at the top of the shoulder between your thumb and fingers.",
                    BodyPosition.SEATED,
                    PressureTool.HAND,
                    "Rest your fingertips on the top of the shoulder and press lightly.",
                    "Two or three times a day, and during breaks from the desk."),
            "LEVATOR_SCAPULAE",
            new SelfCareText(
                    "Lean against a tennis ball where the neck meets the shoulder blade.",
                    BodyPosition.STANDING,
                    PressureTool.BALL,
                    "Reach across with your fingertips to where the neck meets the shoulder blade; press lightly.",
                    "Two or three times a day."),
            "GASTROCNEMIUS",
            new SelfCareText(
                    "Press with the thumbs into the calf below the back of the knee.",
                    BodyPosition.SEATED,
                    PressureTool.HAND,
                    "Press lightly with your fingertips into the calf.",
                    "Two or three times a day."),
            "GLUTEUS_MEDIUS",
            new SelfCareText(
                    "Lie on your back on a tennis ball on the side of the buttock.",
                    BodyPosition.SUPINE,
                    PressureTool.BALL,
                    "Lie on your other side and press lightly with your fingertips on the side of the buttock.",
                    "Twice a day."));

    static final Map<String, List<HomeStretch>> STRETCHES = Map.of(
            "UPPER_TRAPEZIUS",
            List.of(stretch(
                    "UPPER_TRAPEZIUS_EAR_TO_SHOULDER",
                    "Ear-to-shoulder stretch",
                    BodyPosition.SEATED,
                    false,
                    "Sit tall and hold the seat of the chair.",
                    "Tilt your head away, ear towards the other shoulder.",
                    "Breathe out and let the shoulder drop.")),
            "LEVATOR_SCAPULAE",
            List.of(
                    stretch(
                            "LEVATOR_SCAPULAE_CHIN_TO_ARMPIT_HAND",
                            "Chin-to-armpit stretch with the hand",
                            BodyPosition.SEATED,
                            true,
                            "Turn your head 45 degrees away.",
                            "Pull your nose towards the armpit with your hand."),
                    stretch(
                            "LEVATOR_SCAPULAE_CHIN_TO_ARMPIT",
                            "Chin-to-armpit stretch",
                            BodyPosition.SEATED,
                            false,
                            "Turn your head 45 degrees away.",
                            "Bow your nose towards the armpit.")),
            "GASTROCNEMIUS",
            List.of(stretch(
                    "GASTROCNEMIUS_WALL",
                    "Wall calf stretch, knee straight",
                    BodyPosition.STANDING,
                    false,
                    "Face a wall.",
                    "Step the leg back, heel down.",
                    "Lean slowly towards the wall.")),
            "GLUTEUS_MEDIUS",
            List.of(
                    stretch(
                            "GLUTEUS_MEDIUS_LYING_ACROSS",
                            "Lying leg-across stretch",
                            BodyPosition.SUPINE,
                            false,
                            "Lie on your back.",
                            "Take the leg across the other."),
                    stretch(
                            "GLUTEUS_MEDIUS_STANDING_CROSSOVER",
                            "Standing leg-across hip stretch",
                            BodyPosition.STANDING,
                            false,
                            "Stand side-on to a wall.",
                            "Cross the leg behind the other.")));

    /** The same muscles' texts in Spanish, in the shape of the shipped translations (sql/V61). */
    static final Map<String, SelfCareText> SPANISH = Map.of(
            "UPPER_TRAPEZIUS",
            new SelfCareText(
                    "Pellizque el músculo de la parte alta del hombro entre el pulgar y los dedos.",
                    BodyPosition.SEATED,
                    PressureTool.HAND,
                    "Apoye las yemas de los dedos en la parte alta del hombro y presione con suavidad.",
                    "Dos o tres veces al día, y en las pausas del trabajo de oficina."),
            "LEVATOR_SCAPULAE",
            new SelfCareText(
                    "Apóyese contra una pelota de tenis donde el cuello se une con el omóplato.",
                    BodyPosition.STANDING,
                    PressureTool.BALL,
                    "Con las yemas de los dedos, presione con suavidad donde el cuello se une con el omóplato.",
                    "Dos o tres veces al día."),
            "GASTROCNEMIUS",
            new SelfCareText(
                    "Presione con los pulgares en la pantorrilla, debajo de la parte de atrás de la rodilla.",
                    BodyPosition.SEATED,
                    PressureTool.HAND,
                    "Presione con suavidad con las yemas de los dedos en la pantorrilla.",
                    "Dos o tres veces al día."),
            "GLUTEUS_MEDIUS",
            new SelfCareText(
                    "Túmbese boca arriba sobre una pelota de tenis en el lado del glúteo.",
                    BodyPosition.SUPINE,
                    PressureTool.BALL,
                    "Túmbese sobre el otro lado y presione con suavidad con las yemas en el lado del glúteo.",
                    "Dos veces al día."));

    /** The same stretches in Spanish. */
    static final Map<String, List<HomeStretch>> SPANISH_STRETCHES = Map.of(
            "UPPER_TRAPEZIUS",
            List.of(stretch(
                    "UPPER_TRAPEZIUS_EAR_TO_SHOULDER",
                    "Estiramiento de oreja al hombro",
                    BodyPosition.SEATED,
                    false,
                    "Siéntese con la espalda recta y sujete el asiento de la silla.",
                    "Incline la cabeza hacia el otro lado, acercando la oreja al otro hombro.",
                    "Suelte el aire y deje caer el hombro.")),
            "LEVATOR_SCAPULAE",
            List.of(
                    stretch(
                            "LEVATOR_SCAPULAE_CHIN_TO_ARMPIT_HAND",
                            "Estiramiento de barbilla a la axila con la mano",
                            BodyPosition.SEATED,
                            true,
                            "Gire la cabeza unos 45 grados hacia el otro lado.",
                            "Lleve la nariz hacia la axila con ayuda de la mano."),
                    stretch(
                            "LEVATOR_SCAPULAE_CHIN_TO_ARMPIT",
                            "Estiramiento de barbilla a la axila",
                            BodyPosition.SEATED,
                            false,
                            "Gire la cabeza unos 45 grados hacia el otro lado.",
                            "Baje la nariz hacia la axila.")),
            "GASTROCNEMIUS",
            List.of(stretch(
                    "GASTROCNEMIUS_WALL",
                    "Estiramiento de la pantorrilla en la pared, rodilla estirada",
                    BodyPosition.STANDING,
                    false,
                    "Póngase de cara a una pared.",
                    "Lleve la pierna hacia atrás, con el talón en el suelo.",
                    "Inclínese despacio hacia la pared.")),
            "GLUTEUS_MEDIUS",
            List.of(
                    stretch(
                            "GLUTEUS_MEDIUS_LYING_ACROSS",
                            "Estiramiento boca arriba llevando la pierna cruzada",
                            BodyPosition.SUPINE,
                            false,
                            "Túmbese boca arriba.",
                            "Lleve la pierna por encima de la otra."),
                    stretch(
                            "GLUTEUS_MEDIUS_STANDING_CROSSOVER",
                            "Estiramiento de cadera de pie con la pierna cruzada",
                            BodyPosition.STANDING,
                            false,
                            "Póngase de lado junto a una pared.",
                            "Cruce la pierna por detrás de la otra.")));

    static final Map<String, MapLocation> FRONT_OR_BACK =
            Map.of("GLUTEUS_MEDIUS", BodyMapFixtures.location(BodyView.POSTERIOR, 0.585, 0.445));

    private HandoutFixtures() {}

    static HomeStretch stretch(String code, String name, BodyPosition position, boolean bends, String... steps) {
        return new HomeStretch(code, name, List.of(steps), position, bends, null, false);
    }

    static Client client(Contraindication... contraindications) {
        return Client.register(
                ClientFixtures.named("Zoë", "O'Brien", Set.of(contraindications)), SESSION, ZoneOffset.UTC);
    }

    /** The typical session: trapezius both sides, levator scapulae, calf; heat with a wheat bag. */
    static TreatmentNote typicalNote(Client client, HomeCare homeCare) {
        List<TreatedPoint> points = new ArrayList<>();
        points.add(treated(client, BodyMapFixtures.UPPER_TRAPEZIUS, Side.RIGHT, BodyView.POSTERIOR, 0.575, 0.17, 60));
        points.add(treated(client, BodyMapFixtures.UPPER_TRAPEZIUS, Side.LEFT, BodyView.POSTERIOR, 0.425, 0.17, 60));
        points.add(treated(client, BodyMapFixtures.LEVATOR_SCAPULAE, Side.RIGHT, BodyView.POSTERIOR, 0.56, 0.16, 45));
        points.add(treated(client, BodyMapFixtures.GASTROCNEMIUS, Side.LEFT, BodyView.POSTERIOR, 0.465, 0.765, 90));
        return note(client, homeCare, points);
    }

    static TreatmentNote note(Client client, HomeCare homeCare, List<TreatedPoint> points) {
        TreatmentNote note = TreatmentNote.open(client, THERAPIST, SESSION, SESSION);
        note.record(
                THERAPIST,
                SessionBuilder.session("Neck pain", 6, points, "Eased", "Weekly", 3, Map.of())
                        .homeCare(homeCare)
                        .build(),
                new ProtocolPolicy(3, Set.of()),
                SESSION);
        return note;
    }

    static TreatedPoint treated(
            Client client, Muscle muscle, Side side, BodyView view, double x, double y, int holdSeconds) {
        return treated(client, muscle, side, view, x, y, holdSeconds, HomePlan.USUAL, false);
    }

    static TreatedPoint treated(
            Client client,
            Muscle muscle,
            Side side,
            BodyView view,
            double x,
            double y,
            int holdSeconds,
            HomePlan home,
            boolean siteAvoided) {
        TriggerPoint point = BodyMapFixtures.point(client, muscle, side, view, x, y, THERAPIST, SESSION);
        List<Episode> episodes = List.of(
                new CompressionEpisode(3, null, holdSeconds, 2, 1, ReleaseReason.TISSUE_RELEASED),
                new StretchEpisode("Slow stretch", 30, 3, true, false),
                new HeatEpisode(HeatModality.WHEAT_BAG, 8, true));
        return new TreatedPoint(point, 250.0, 300.0, null, episodes, null, siteAvoided, home);
    }

    /** What the fixtures' handouts are written from, for a client's note. */
    static HandoutFacts facts(TreatmentNote note, Map<Contraindication, Set<Region>> sites) {
        return new HandoutFacts(
                LETTERHEAD,
                "Zoë O'Brien",
                "Jo Bloggs",
                note.client().contraindications(),
                sites,
                TEXTS,
                STRETCHES,
                FRONT_OR_BACK,
                SESSION,
                null,
                null);
    }

    /**
     * The note as a sheet reads it in the server ({@code ChartQueries#noteWithPlans}): the measurements by point, mapped
     * to the treated points by the same code.
     */
    static NoteWithPlans read(TreatmentNote note) {
        return NoteWithPlans.treated(
                note,
                note.measurements().stream()
                        .collect(Collectors.toMap(m -> m.triggerPoint().id(), m -> m)));
    }

    static HandoutContent content(TreatmentNote note) {
        return content(note, Map.of());
    }

    static HandoutContent content(TreatmentNote note, Map<Contraindication, Set<Region>> sites) {
        return new HandoutComposer(ZoneOffset.UTC).compose(read(note), facts(note, sites));
    }

    /** The handout from other texts and stretches, as a sheet in another language is. */
    static HandoutContent content(
            TreatmentNote note, Map<String, SelfCareText> texts, Map<String, List<HomeStretch>> stretches) {
        HandoutFacts usual = facts(note, Map.of());
        return new HandoutComposer(ZoneOffset.UTC)
                .compose(
                        read(note),
                        new HandoutFacts(
                                usual.letterhead(),
                                usual.clientName(),
                                usual.therapistName(),
                                usual.precautions(),
                                usual.sites(),
                                texts,
                                stretches,
                                usual.frontOrBack(),
                                usual.fixedAt(),
                                null,
                                null));
    }

    /** The same content as a signed note's issued sheet (no PREVIEW marks). */
    static HandoutContent issued(HandoutContent preview) {
        return new HandoutContent(
                preview.letterhead(),
                preview.clientName(),
                preview.therapistName(),
                preview.sessionDate(),
                preview.points(),
                preview.muscles(),
                preview.heat(),
                preview.precautions(),
                preview.personalNote(),
                preview.nextAppointment(),
                false,
                preview.noteId(),
                preview.fixedAt(),
                preview.traumaNotBefore(),
                preview.dateRegion());
    }

    /**
     * The PDF's text, page after page, with line breaks and runs of spaces (no-break spaces too) made single spaces.
     */
    static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append(' ');
            }
            return text.toString().replaceAll("[\\s\u00A0]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text of each page in turn, with line breaks and runs of spaces made single spaces. */
    static List<String> pageTexts(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page).replaceAll("[\\s\u00A0]+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try {
            return new PdfReader(pdf).getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
