package org.knotwork.bodymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.platform.RuleViolationException;

class TriggerPointTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID THERAPIST = UUID.randomUUID();
    final Client client = Client.register(ClientFixtures.named("Ada", "Lovelace", Set.of()), NOW, ZoneOffset.UTC);

    @Test
    void chartingRecordsTheFirstStatusInTheHistory() {
        TriggerPoint point = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, THERAPIST, NOW);

        assertThat(point.status()).isEqualTo(PointStatus.ACTIVE);
        assertThat(point.history()).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(PointStatus.ACTIVE);
            assertThat(change.changedBy()).isEqualTo(THERAPIST);
        });
        assertThat(point.criteria().tautBand()).isEqualTo(Finding.NOT_TESTED);
    }

    @Test
    void activeToLatentToResolvedIsTrackedAsADeactivation() {
        TriggerPoint point = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, THERAPIST, NOW);

        point.markLatent(THERAPIST, NOW.plusSeconds(86_400 * 7));
        point.resolve(THERAPIST, NOW.plusSeconds(86_400 * 14));

        assertThat(point.history())
                .extracting(StatusChange::to)
                .containsExactly(PointStatus.ACTIVE, PointStatus.LATENT, PointStatus.RESOLVED);
        assertThat(point.history().get(1).isDeactivation()).isTrue();
        assertThat(point.history().get(2).isDeactivation()).isFalse();
        assertThat(point.history()).extracting(StatusChange::seq).containsExactly(1, 2, 3);
        assertThat(point.recurrences()).isZero();
    }

    @Test
    void aResolvedPointThatComesBackIsARecurrence() {
        TriggerPoint point = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, THERAPIST, NOW);
        point.resolve(THERAPIST, NOW.plusSeconds(60));

        point.markActive(THERAPIST, NOW.plusSeconds(120));

        assertThat(point.recurrences()).isEqualTo(1);
        assertThat(point.status()).isEqualTo(PointStatus.ACTIVE);
    }

    @Test
    void theSameStatusAgainRecordsNothing() {
        TriggerPoint point = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, THERAPIST, NOW);

        point.markActive(THERAPIST, NOW.plusSeconds(60));

        assertThat(point.history()).hasSize(1);
    }

    @Test
    void aNewPointCannotBeChartedAsResolved() {
        assertThatThrownBy(() -> TriggerPoint.chart(
                        client,
                        BodyMapFixtures.UPPER_TRAPEZIUS,
                        Side.LEFT,
                        new Placement(BodyView.POSTERIOR, 0.4, 0.2),
                        PointStatus.RESOLVED,
                        THERAPIST,
                        NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aPointMustLieOnTheDrawing() {
        assertThatThrownBy(() -> new Placement(BodyView.ANTERIOR, 1.2, 0.5))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new Placement(BodyView.ANTERIOR, Double.NaN, 0.5))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anArchivedClientIsNotCharted() {
        client.archive(NOW);

        assertThatThrownBy(() -> BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, THERAPIST, NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("archived");
    }

    @Test
    void aPointsMuscleIsCorrectedOnlyUntilASignedNoteTreatedIt() {
        TriggerPoint point = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, THERAPIST, NOW);

        point.correctMuscle(BodyMapFixtures.LEVATOR_SCAPULAE, false);
        assertThat(point.muscle()).isEqualTo(BodyMapFixtures.LEVATOR_SCAPULAE);

        assertThatThrownBy(() -> point.correctMuscle(BodyMapFixtures.UPPER_TRAPEZIUS, true))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("charted in error");
        assertThat(point.muscle()).isEqualTo(BodyMapFixtures.LEVATOR_SCAPULAE);
        point.correctMuscle(BodyMapFixtures.LEVATOR_SCAPULAE, true);
    }

    @Test
    void aPointChartedInErrorKeepsWhoWhenAndWhyAndCannotBeTreatedAgain() {
        TriggerPoint point = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, THERAPIST, NOW);
        point.requireTreatable();

        assertThatThrownBy(() -> point.markEnteredInError(THERAPIST, NOW, "  "))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("why");
        point.markEnteredInError(THERAPIST, NOW, " Tapped the wrong shoulder ");

        assertThat(point.isEnteredInError()).isTrue();
        assertThat(point.enteredInError().reason()).isEqualTo("Tapped the wrong shoulder");
        assertThat(point.enteredInError().by()).isEqualTo(THERAPIST);
        assertThat(point.enteredInError().at()).isEqualTo(NOW);
        assertThat(point.status()).as("the clinical status is not touched").isEqualTo(PointStatus.ACTIVE);
        assertThatThrownBy(point::requireTreatable).hasMessageContaining("charted in error");
        assertThatThrownBy(() -> point.markEnteredInError(THERAPIST, NOW, "again"))
                .hasMessageContaining("already");
    }

    @Test
    void aPointStillTreatedOnAMuscleAndSideIsFoundUntilResolvedOrChartedInError() {
        TriggerPoint latent = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, THERAPIST, NOW);
        latent.markLatent(THERAPIST, NOW);
        TriggerPoint resolved = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, THERAPIST, NOW);
        resolved.resolve(THERAPIST, NOW);
        TriggerPoint mistaken = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, THERAPIST, NOW);
        mistaken.markEnteredInError(THERAPIST, NOW, "wrong client");
        Side side = latent.side();
        Side other = side == Side.LEFT ? Side.RIGHT : Side.LEFT;

        assertThat(latent.stillTreatedOn("UPPER_TRAPEZIUS", side)).isTrue();
        assertThat(latent.stillTreatedOn("UPPER_TRAPEZIUS", other)).isFalse();
        assertThat(latent.stillTreatedOn("LEVATOR_SCAPULAE", side)).isFalse();
        assertThat(resolved.stillTreatedOn("UPPER_TRAPEZIUS", side)).isFalse();
        assertThat(mistaken.stillTreatedOn("UPPER_TRAPEZIUS", side)).isFalse();
    }
}
