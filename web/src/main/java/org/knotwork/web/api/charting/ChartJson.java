package org.knotwork.web.api.charting;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.knotwork.platform.JsonP;
import org.knotwork.web.api.bodymap.TriggerPointView;
import org.knotwork.web.api.client.ClientView;
import org.knotwork.web.api.client.ContraindicationView;

/**
 * Writes a {@link ChartView} with JSON-P's generator, as JSON-B writes it: the same bytes, names in alphabetical
 * order, nulls left out. The chart is the most frequent request there is, and Yasson's per-object machinery
 * (finding each record's serializer, its cycle check) was 8–12 % of a chart's samples in Payara Micro
 * (docs/performance.md, "Under load", 2026-11-30 10:59 and 14:13). The views stay the one statement of the chart's shape:
 * {@code ChartJsonTest} writes views with every field set and with every nullable one empty both ways, byte for byte,
 * so a field added to a view and not here fails it.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ChartJson implements MessageBodyWriter<ChartView> {

    private static final JsonGeneratorFactory GENERATORS = JsonP.PROVIDER.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ChartView.class;
    }

    @Override
    public void writeTo(
            ChartView chart,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream) {
        write(chart, entityStream);
    }

    static void write(ChartView chart, OutputStream out) {
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            client(json.writeKey("client"), chart.client());
            json.write("notesHidden", chart.notesHidden());
            array(json, "points", chart.points(), ChartJson::point);
            text(json, "pressureUnit", chart.pressureUnit());
            array(json, "recentNotes", chart.recentNotes(), ChartJson::session);
            json.writeEnd();
        }
    }

    private static void client(JsonGenerator json, ClientView c) {
        json.writeStartObject();
        json.write("archived", c.archived());
        date(json, "consentDate", c.consentDate());
        text(json, "contraindicationNotes", c.contraindicationNotes());
        array(json, "contraindications", c.contraindications(), ChartJson::contraindication);
        instant(json, "createdAt", c.createdAt());
        date(json, "dateOfBirth", c.dateOfBirth());
        text(json, "email", c.email());
        text(json, "familyName", c.familyName());
        text(json, "givenName", c.givenName());
        text(json, "id", c.id());
        date(json, "injuryDate", c.injuryDate());
        text(json, "injuryTime", c.injuryTime());
        text(json, "mainComplaint", c.mainComplaint());
        text(json, "notes", c.notes());
        text(json, "phone", c.phone());
        text(json, "referralSource", c.referralSource());
        instant(json, "updatedAt", c.updatedAt());
        json.write("version", c.version());
        json.writeEnd();
    }

    private static void contraindication(JsonGenerator json, ContraindicationView c) {
        json.writeStartObject();
        json.write("active", c.active());
        text(json, "code", c.code());
        date(json, "injuryDate", c.injuryDate());
        text(json, "label", c.label());
        text(json, "precaution", c.precaution());
        instant(json, "recentUntil", c.recentUntil());
        json.writeEnd();
    }

    private static void point(JsonGenerator json, TriggerPointView p) {
        json.writeStartObject();
        instant(json, "chartedAt", p.chartedAt());
        if (p.criteria() != null) {
            criteria(json.writeKey("criteria"), p.criteria());
        }
        instant(json, "enteredInErrorAt", p.enteredInErrorAt());
        text(json, "enteredInErrorReason", p.enteredInErrorReason());
        array(json, "history", p.history(), ChartJson::change);
        text(json, "id", p.id());
        text(json, "muscle", p.muscle());
        text(json, "muscleName", p.muscleName());
        text(json, "muscleReferredPain", p.muscleReferredPain());
        text(json, "referredPain", p.referredPain());
        text(json, "side", p.side());
        text(json, "status", p.status());
        json.write("version", p.version());
        text(json, "view", p.view());
        json.write("x", p.x());
        json.write("y", p.y());
        json.writeEnd();
    }

    private static void criteria(JsonGenerator json, TriggerPointView.CriteriaView c) {
        json.writeStartObject();
        text(json, "jumpSign", c.jumpSign());
        text(json, "localTwitchResponse", c.localTwitchResponse());
        text(json, "recognisedPain", c.recognisedPain());
        text(json, "referredPain", c.referredPain());
        text(json, "spotTenderness", c.spotTenderness());
        text(json, "tautBand", c.tautBand());
        json.writeEnd();
    }

    private static void change(JsonGenerator json, TriggerPointView.Change c) {
        json.writeStartObject();
        instant(json, "at", c.at());
        text(json, "by", c.by());
        text(json, "from", c.from());
        json.write("recurrence", c.recurrence());
        text(json, "to", c.to());
        json.writeEnd();
    }

    private static void session(JsonGenerator json, ChartView.SessionLine s) {
        json.writeStartObject();
        json.write("deviations", s.deviations());
        text(json, "id", s.id());
        if (s.painAfter() != null) {
            json.write("painAfter", s.painAfter());
        }
        if (s.painBefore() != null) {
            json.write("painBefore", s.painBefore());
        }
        instant(json, "sessionAt", s.sessionAt());
        text(json, "status", s.status());
        text(json, "therapistId", s.therapistId());
        text(json, "therapistName", s.therapistName());
        json.writeEnd();
    }

    private static <T> void array(JsonGenerator json, String name, List<T> items, BiConsumer<JsonGenerator, T> item) {
        if (items == null) {
            return;
        }
        json.writeStartArray(name);
        for (T each : items) {
            item.accept(json, each);
        }
        json.writeEnd();
    }

    /** A string, a UUID or an enum (by its name, as JSON-B writes it); left out when null. */
    private static void text(JsonGenerator json, String name, Object value) {
        if (value != null) {
            json.write(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static void instant(JsonGenerator json, String name, Instant value) {
        if (value != null) {
            json.write(name, DateTimeFormatter.ISO_INSTANT.format(value));
        }
    }

    private static void date(JsonGenerator json, String name, LocalDate value) {
        if (value != null) {
            json.write(name, DateTimeFormatter.ISO_LOCAL_DATE.format(value));
        }
    }
}
