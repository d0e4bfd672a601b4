package org.knotwork.web.api.charting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Finding;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.NoteStatus;
import org.knotwork.practice.PressureUnit;
import org.knotwork.web.api.bodymap.TriggerPointView;
import org.knotwork.web.api.client.ClientView;
import org.knotwork.web.api.client.ContraindicationView;

/**
 * The chart's hand-written JSON is JSON-B's, byte for byte (Yasson, as Payara Micro carries it): for views with every
 * field set, so a field added to a view and not to {@link ChartJson} fails here, and for views with every nullable
 * field empty.
 */
class ChartJsonTest {

    static final Jsonb JSONB = JsonbBuilder.create();
    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    static final String AWKWARD = "Ünïcödé \"quoted\" \\ back\tslash\n</script> \u0001 — kgf/cm² 😀";

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void aChartWithEveryFieldSetIsWrittenAsJsonBWritesIt() {
        ChartView full = full();
        assertThat(nullComponents(full))
                .as("fields the full chart leaves empty")
                .isEmpty();

        assertThat(written(full)).isEqualTo(JSONB.toJson(full));
    }

    @Test
    void aChartWithEveryNullableFieldEmptyIsWrittenAsJsonBWritesIt() {
        ChartView sparse = sparse();

        assertThat(written(sparse)).isEqualTo(JSONB.toJson(sparse));
    }

    @Test
    void anEmptyChartIsWrittenAsJsonBWritesIt() {
        ChartView empty = new ChartView(sparse().client(), List.of(), List.of(), false, PressureUnit.KPA);

        assertThat(written(empty)).isEqualTo(JSONB.toJson(empty));
    }

    static String written(ChartView chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartJson.write(chart, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static ChartView full() {
        ClientView client = new ClientView(
                UUID.randomUUID(),
                7,
                AWKWARD,
                "Álvarez",
                LocalDate.of(1980, 2, 29),
                "+49 30 1234",
                "a@b.example",
                "GP",
                AWKWARD,
                LocalDate.of(2026, 1, 5),
                "notes\r\n",
                List.of(
                        new ContraindicationView(
                                "RECENT_TRAUMA", "Recent trauma", AWKWARD, LocalDate.of(2026, 2, 1), AT, true),
                        new ContraindicationView(
                                "ANTICOAGULANTS",
                                "Anticoagulants",
                                "Light pressure",
                                LocalDate.MIN,
                                Instant.EPOCH,
                                false)),
                "more",
                LocalDate.of(2026, 2, 1),
                "07:45",
                true,
                AT,
                AT.plusNanos(123_456_789));
        TriggerPointView point = new TriggerPointView(
                UUID.randomUUID(),
                3,
                "UPPER_TRAPEZIUS",
                "Upper trapezius",
                AWKWARD,
                Side.MIDLINE,
                BodyView.LATERAL_LEFT,
                0.1 + 0.2,
                1.0,
                PointStatus.LATENT,
                new TriggerPointView.CriteriaView(
                        Finding.YES, Finding.NO, Finding.NOT_TESTED, Finding.YES, Finding.NO, Finding.NOT_TESTED),
                AWKWARD,
                AT.plusMillis(1),
                AT.plusSeconds(60),
                "wrong muscle",
                List.of(new TriggerPointView.Change(
                        PointStatus.ACTIVE, PointStatus.RESOLVED, AT, UUID.randomUUID(), true)));
        ChartView.SessionLine session = new ChartView.SessionLine(
                UUID.randomUUID(), AT, UUID.randomUUID(), AWKWARD, NoteStatus.SIGNED, 0, 10, Long.MAX_VALUE);
        return new ChartView(client, List.of(point, point), List.of(session, session), true, PressureUnit.KGF_CM2);
    }

    static ChartView sparse() {
        ClientView client = new ClientView(
                UUID.randomUUID(),
                0,
                "Jo",
                "Doe",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                false,
                AT,
                AT);
        TriggerPointView point = new TriggerPointView(
                UUID.randomUUID(),
                0,
                "RHOMBOIDS",
                "Rhomboids",
                null,
                Side.LEFT,
                BodyView.POSTERIOR,
                0,
                -0.0,
                PointStatus.ACTIVE,
                null,
                null,
                AT,
                null,
                null,
                null);
        ChartView.SessionLine session = new ChartView.SessionLine(
                UUID.randomUUID(), AT, UUID.randomUUID(), null, NoteStatus.DRAFT, null, null, 0);
        return new ChartView(client, List.of(point), List.of(session), false, PressureUnit.KPA);
    }

    /** Every record component, at any depth, that holds null or an empty list. */
    static List<String> nullComponents(Record record) {
        List<String> empty = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String name = record.getClass().getSimpleName() + "." + component.getName();
            if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
                empty.add(name);
            } else if (value instanceof Record nested) {
                empty.addAll(nullComponents(nested));
            } else if (value instanceof Collection<?> items) {
                items.stream().filter(Record.class::isInstance).forEach(i -> empty.addAll(nullComponents((Record) i)));
            }
        }
        return empty;
    }
}
