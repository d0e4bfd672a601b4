package org.knotwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.DiscriminatorValue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Finding;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.HeatEpisode;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.NoteStatus;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.charting.StretchEpisode;
import org.knotwork.client.Contraindication;
import org.knotwork.fhir.BulkExportStatus;
import org.knotwork.handout.HandoutChannel;
import org.knotwork.handout.HandoutLanguage;
import org.knotwork.handout.PaperSize;
import org.knotwork.handout.PressureTool;
import org.knotwork.handout.PrintSize;
import org.knotwork.practice.DateRegion;
import org.knotwork.practice.PressureUnit;
import org.knotwork.proms.Occasion;
import org.knotwork.safety.DeviationType;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.testing.MigratedDatabase;

/**
 * Each coded list lives in its Java enum; the database keeps a copy to refuse wrong data. These tests fail when a
 * copy drifts: a lookup table or a CHECK list that differs from its enum, a new coded column nobody registered here,
 * or a literal in a trigger function that no enum knows.
 */
class CodedListsTest {

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;

    /** Every column whose CHECK lists its allowed codes, with the source those codes come from. */
    static final Map<String, Set<String>> CHECKED_COLUMNS = new LinkedHashMap<>();

    static {
        CHECKED_COLUMNS.put("client_contraindications.code", names(Contraindication.class));
        CHECKED_COLUMNS.put("user_roles.role", names(Role.class));
        CHECKED_COLUMNS.put("second_factor_roles.role", names(Role.class));
        CHECKED_COLUMNS.put("sign_in_sessions.step", names(SessionStep.class));
        CHECKED_COLUMNS.put("practice_settings.pressure_unit", names(PressureUnit.class));
        CHECKED_COLUMNS.put("practice_settings.date_region", names(DateRegion.class));
        CHECKED_COLUMNS.put("handout_snapshots.date_region", names(DateRegion.class));
        CHECKED_COLUMNS.put("muscles.region", names(Region.class));
        CHECKED_COLUMNS.put("treatment_notes.complaint_region", names(Region.class));
        CHECKED_COLUMNS.put("muscle_views.view", names(BodyView.class));
        CHECKED_COLUMNS.put("trigger_points.view", names(BodyView.class));
        CHECKED_COLUMNS.put("trigger_points.side", names(Side.class));
        CHECKED_COLUMNS.put("trigger_points.status", names(PointStatus.class));
        for (String criterion : new String[] {
            "taut_band",
            "spot_tenderness",
            "local_twitch_response",
            "jump_sign",
            "referred_pain_found",
            "recognised_pain"
        }) {
            CHECKED_COLUMNS.put("trigger_points." + criterion, names(Finding.class));
        }
        CHECKED_COLUMNS.put("trigger_point_status_changes.from_status", names(PointStatus.class));
        CHECKED_COLUMNS.put("trigger_point_status_changes.to_status", names(PointStatus.class));
        CHECKED_COLUMNS.put("treatment_notes.status", names(NoteStatus.class));
        CHECKED_COLUMNS.put("note_episodes.kind", episodeKinds());
        CHECKED_COLUMNS.put("note_episodes.release_reason", names(ReleaseReason.class));
        CHECKED_COLUMNS.put("note_episodes.modality", names(HeatModality.class));
        CHECKED_COLUMNS.put("note_point_measurements.status_after", names(PointStatus.class));
        CHECKED_COLUMNS.put("audit_events.outcome", names(AuditOutcome.class));
        CHECKED_COLUMNS.put("audit_pending.outcome", names(AuditOutcome.class));
        CHECKED_COLUMNS.put("handouts.paper", names(PaperSize.class));
        CHECKED_COLUMNS.put("handouts.print_size", names(PrintSize.class));
        CHECKED_COLUMNS.put("handouts.language", languages());
        CHECKED_COLUMNS.put("handouts.channel", names(HandoutChannel.class));
        CHECKED_COLUMNS.put("client_handout_preferences.language", languages());
        CHECKED_COLUMNS.put("client_handout_preferences.print_size", names(PrintSize.class));
        CHECKED_COLUMNS.put("muscle_self_care_translations.language", languages());
        CHECKED_COLUMNS.put("handout_snapshot_self_care.language", languages());
        CHECKED_COLUMNS.put("handout_snapshot_stretches.language", languages());
        CHECKED_COLUMNS.put("muscle_stretch_translations.language", languages());
        CHECKED_COLUMNS.put("practice_logo.media_type", Set.of("image/png", "image/jpeg"));
        CHECKED_COLUMNS.put("handout_snapshots.logo_type", Set.of("image/png", "image/jpeg"));
        CHECKED_COLUMNS.put("client_contraindication_sites.code", siteBound());
        CHECKED_COLUMNS.put("client_contraindication_sites.region", names(Region.class));
        CHECKED_COLUMNS.put("muscle_stretches.position", names(BodyPosition.class));
        CHECKED_COLUMNS.put("muscle_stretches.part", names(MusclePart.class));
        CHECKED_COLUMNS.put("note_point_measurements.position", names(BodyPosition.class));
        CHECKED_COLUMNS.put("muscle_self_care.pressure_position", names(BodyPosition.class));
        CHECKED_COLUMNS.put("muscle_self_care.pressure_tool", names(PressureTool.class));
        CHECKED_COLUMNS.put("handout_snapshot_self_care.pressure_position", names(BodyPosition.class));
        CHECKED_COLUMNS.put("handout_snapshot_self_care.pressure_tool", names(PressureTool.class));
        CHECKED_COLUMNS.put("handout_snapshot_stretches.position", names(BodyPosition.class));
        CHECKED_COLUMNS.put("handout_snapshot_stretches.part", names(MusclePart.class));
        CHECKED_COLUMNS.put("handout_snapshot_sites.region", names(Region.class));
        CHECKED_COLUMNS.put("handout_snapshot_sites.code", siteBound());
        CHECKED_COLUMNS.put("note_point_measurements.own_stretch_position", names(BodyPosition.class));
        CHECKED_COLUMNS.put(
                "note_clearances.contraindication",
                Arrays.stream(DeviationType.values())
                        .map(DeviationType::clearanceFor)
                        .filter(Objects::nonNull)
                        .map(Enum::name)
                        .collect(Collectors.toSet()));
        CHECKED_COLUMNS.put("questionnaire_responses.occasion", names(Occasion.class));
        CHECKED_COLUMNS.put("bulk_exports.status", names(BulkExportStatus.class));
    }

    /** The handout's languages are stored by their codes ("en"), not their constants' names. */
    static Set<String> languages() {
        return Arrays.stream(HandoutLanguage.values())
                .map(HandoutLanguage::code)
                .collect(Collectors.toSet());
    }

    /** Lists kept as rows (a migration that adds a code inserts one), with their enums. */
    static final Map<String, Set<String>> LOOKUP_TABLES = Map.of(
            "audit_actions", names(AuditAction.class),
            "deviation_types", names(DeviationType.class));

    private static final Pattern LITERAL = Pattern.compile("'([^']*)'::");
    private static final Pattern CODE_LITERAL = Pattern.compile("'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})'");

    @BeforeAll
    static void migrate() {
        database = MigratedDatabase.start(dataDirectory);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void lookupTablesHoldExactlyTheirEnumsCodes() throws SQLException {
        for (var table : LOOKUP_TABLES.entrySet()) {
            Set<String> stored = new TreeSet<>();
            query("select code from " + table.getKey(), rs -> stored.add(rs.getString(1)));
            assertThat(stored).as(table.getKey()).containsExactlyInAnyOrderElementsOf(table.getValue());
        }
    }

    @Test
    void everyCheckListMatchesItsSourceAndNoneIsUnregistered() throws SQLException {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        query("""
                select c.conrelid::regclass::text || '.' || a.attname, pg_get_constraintdef(c.oid)
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'c' and cardinality(c.conkey) = 1
                  and c.connamespace = 'public'::regnamespace
                  and pg_get_constraintdef(c.oid) like '%= ANY (%ARRAY[%'
                """, rs -> found.put(rs.getString(1), literals(rs.getString(2))));

        assertThat(found.keySet())
                .as("coded columns (register a new one in CHECKED_COLUMNS with its enum)")
                .containsExactlyInAnyOrderElementsOf(CHECKED_COLUMNS.keySet());
        found.forEach((column, codes) ->
                assertThat(codes).as(column).containsExactlyInAnyOrderElementsOf(CHECKED_COLUMNS.get(column)));
    }

    @Test
    void everyCodeATriggerFunctionNamesIsAKnownCode() throws SQLException {
        Set<String> known = Stream.concat(CHECKED_COLUMNS.values().stream(), LOOKUP_TABLES.values().stream())
                .flatMap(Set::stream)
                .collect(Collectors.toSet());
        Map<String, Set<String>> unknown = new LinkedHashMap<>();
        query("""
                select p.proname, p.prosrc from pg_proc p
                where p.pronamespace = 'public'::regnamespace and p.prolang in (select oid from pg_language where lanname in ('sql', 'plpgsql'))
                union all
                select t.tgname, pg_get_triggerdef(t.oid) from pg_trigger t where not t.tgisinternal
                """, rs -> {
            Matcher codes = CODE_LITERAL.matcher(rs.getString(2));
            while (codes.find()) {
                if (!known.contains(codes.group(1))) {
                    unknown.computeIfAbsent(rs.getString(1), name -> new TreeSet<>())
                            .add(codes.group(1));
                }
            }
        });

        assertThat(unknown)
                .as("codes in SQL functions and triggers that no enum has")
                .isEmpty();
    }

    private static Set<String> literals(String constraint) {
        Set<String> codes = new HashSet<>();
        Matcher literal = LITERAL.matcher(constraint);
        while (literal.find()) {
            codes.add(literal.group(1));
        }
        return codes;
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }

    /** The contraindications that sit at a site of the body, whose sites a client's record may name. */
    private static Set<String> siteBound() {
        return Arrays.stream(Contraindication.values())
                .filter(Contraindication::isAtASite)
                .map(Enum::name)
                .collect(Collectors.toSet());
    }

    private static Set<String> episodeKinds() {
        return Stream.of(CompressionEpisode.class, StretchEpisode.class, HeatEpisode.class)
                .map(kind -> kind.getAnnotation(DiscriminatorValue.class).value())
                .collect(Collectors.toSet());
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, Row row) throws SQLException {
        try (Connection c = database.database().dataSource().getConnection();
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }
}
