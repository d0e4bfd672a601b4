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
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.MapLocation;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.Episode;
import org.knotwork.charting.HeatEpisode;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.ProtocolPolicy;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.charting.SessionRecord;
import org.knotwork.charting.StretchEpisode;
import org.knotwork.charting.TreatedPoint;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Client;
import org.knotwork.client.ClientProfile;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Letterhead;

/** A typical session for handout tests: four points in three muscles, with compression, stretch and heat. */
final class HandoutFixtures {

    static final Instant SESSION = Instant.parse("2026-03-02T10:00:00Z");
    static final UUID THERAPIST = UUID.randomUUID();
    static final Letterhead LETTERHEAD =
            new Letterhead("Harbour Street Myotherapy", "12 Harbour Street, Portsmouth\nTel 023 9200 0000", null);

    static final Map<String, SelfCareText> TEXTS = Map.of(
            "UPPER_TRAPEZIUS",
            new SelfCareText(
                    "Pinch the muscle at the top of the shoulder between your thumb and fingers.",
                    "Ear-to-shoulder stretch",
                    List.of(
                            "Sit tall and hold the seat of the chair.",
                            "Tilt your head away, ear towards the other shoulder.",
                            "Breathe out and let the shoulder drop."),
                    "Two or three times a day, and during breaks from the desk."),
            "LEVATOR_SCAPULAE",
            new SelfCareText(
                    "Lean against a tennis ball where the neck meets the shoulder blade.",
                    "Chin-to-armpit stretch",
                    List.of("Turn your head 45 degrees away.", "Bow your nose towards the armpit."),
                    "Two or three times a day."),
            "GASTROCNEMIUS",
            new SelfCareText(
                    "Press with the thumbs into the calf below the back of the knee.",
                    "Wall calf stretch, knee straight",
                    List.of("Face a wall.", "Step the leg back, heel down.", "Lean slowly towards the wall."),
                    "Two or three times a day."),
            "GLUTEUS_MEDIUS",
            new SelfCareText(
                    "Lean against a tennis ball on the side of the buttock.",
                    "Lying cross-leg hip stretch",
                    List.of("Lie on your back.", "Cross the leg over."),
                    "Twice a day."));

    /** The same muscles' texts in Spanish, as shipped in sql/V60. */
    static final Map<String, SelfCareText> SPANISH = Map.of(
            "UPPER_TRAPEZIUS",
            new SelfCareText(
                    "Pellizque el músculo de la parte alta del hombro entre el pulgar y los dedos.",
                    "Estiramiento de oreja al hombro",
                    List.of(
                            "Siéntese erguido y sujete el asiento de la silla.",
                            "Incline la cabeza hacia el otro lado, acercando la oreja al otro hombro.",
                            "Suelte el aire y deje caer el hombro."),
                    "Dos o tres veces al día, y en las pausas del trabajo de oficina."),
            "LEVATOR_SCAPULAE",
            new SelfCareText(
                    "Apóyese contra una pelota de tenis donde el cuello se une con el omóplato.",
                    "Estiramiento de barbilla a la axila",
                    List.of("Gire la cabeza unos 45 grados hacia el otro lado.", "Baje la nariz hacia la axila."),
                    "Dos o tres veces al día."),
            "GASTROCNEMIUS",
            new SelfCareText(
                    "Presione con los pulgares en la pantorrilla, debajo de la parte de atrás de la rodilla.",
                    "Estiramiento de la pantorrilla en la pared, rodilla estirada",
                    List.of(
                            "De cara a una pared.",
                            "Lleve la pierna hacia atrás, con el talón en el suelo.",
                            "Inclínese despacio hacia la pared."),
                    "Dos o tres veces al día."),
            "GLUTEUS_MEDIUS",
            new SelfCareText(
                    "Apóyese contra una pelota de tenis en el lado del glúteo.",
                    "Estiramiento tumbado llevando la pierna cruzada",
                    List.of("Túmbese boca arriba.", "Lleve la pierna estirada por encima de la otra."),
                    "Dos veces al día."));

    static final Map<String, MapLocation> FRONT_OR_BACK =
            Map.of("GLUTEUS_MEDIUS", BodyMapFixtures.location(BodyView.POSTERIOR, 0.585, 0.445));

    private HandoutFixtures() {}

    static Client client(Contraindication... contraindications) {
        return Client.register(
                new ClientProfile(
                        "Zoë", "O'Brien", null, null, null, null, null, null, null, Set.of(contraindications), null),
                SESSION,
                ZoneOffset.UTC);
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
                new SessionRecord("Neck pain", 6, points, "Eased", "Weekly", 3, Map.of(), homeCare, null),
                new ProtocolPolicy(10, Set.of()),
                SESSION);
        return note;
    }

    static TreatedPoint treated(
            Client client, Muscle muscle, Side side, BodyView view, double x, double y, int holdSeconds) {
        TriggerPoint point = BodyMapFixtures.point(client, muscle, side, view, x, y, THERAPIST, SESSION);
        List<Episode> episodes = List.of(
                new CompressionEpisode(3, null, holdSeconds, 2, 1, ReleaseReason.TISSUE_RELEASED),
                new StretchEpisode(stretchName(muscle), 30, 3, true, false),
                new HeatEpisode(HeatModality.WHEAT_BAG, 8, true));
        return new TreatedPoint(point, 250.0, 300.0, null, episodes);
    }

    /** The trapezius stretch as therapists often call it; the others as the handout names them. */
    static String stretchName(Muscle muscle) {
        return muscle.code().equals("UPPER_TRAPEZIUS")
                ? "Ear to shoulder"
                : TEXTS.get(muscle.code()).stretchName();
    }

    static HandoutContent content(TreatmentNote note) {
        return content(note, TEXTS);
    }

    static HandoutContent content(TreatmentNote note, Map<String, SelfCareText> texts) {
        return new HandoutComposer(ZoneOffset.UTC)
                .compose(
                        note,
                        LETTERHEAD,
                        "Zoë O'Brien",
                        "Jo Bloggs",
                        note.client().contraindications(),
                        texts,
                        FRONT_OR_BACK,
                        SESSION);
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
                preview.fixedAt());
    }

    /** The PDF's text, page after page, with line breaks and runs of spaces made single spaces. */
    static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append(' ');
            }
            return text.toString().replaceAll("\\s+", " ");
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
