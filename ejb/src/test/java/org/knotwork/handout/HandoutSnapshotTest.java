package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Letterhead;

class HandoutSnapshotTest {

    static HandoutFacts facts(Letterhead letterhead, Set<Contraindication> precautions) {
        return new HandoutFacts(
                letterhead,
                "Zoë O'Brien",
                "Jo Bloggs",
                precautions,
                Map.of(Contraindication.RECENT_TRAUMA, Set.of(Region.SHOULDER)),
                Map.of("SOLEUS", HandoutFixtures.TEXTS.get("GASTROCNEMIUS")),
                Map.of("GLUTEUS_MEDIUS", HandoutFixtures.STRETCHES.get("GLUTEUS_MEDIUS")),
                Map.of(),
                Instant.EPOCH);
    }

    @Test
    void keepsWhatTheFirstIssueWasWrittenFrom() {
        HandoutSnapshot snapshot = new HandoutSnapshot(
                UUID.randomUUID(),
                Instant.EPOCH,
                null,
                facts(HandoutFixtures.LETTERHEAD, Set.of(Contraindication.PREGNANCY, Contraindication.RECENT_TRAUMA)));

        assertThat(snapshot.precautions())
                .containsExactlyInAnyOrder(Contraindication.RECENT_TRAUMA, Contraindication.PREGNANCY);
        assertThat(snapshot.sites()).containsEntry(Contraindication.RECENT_TRAUMA, Set.of(Region.SHOULDER));
        assertThat(snapshot.texts()).containsEntry("SOLEUS", HandoutFixtures.TEXTS.get("GASTROCNEMIUS"));
        assertThat(snapshot.stretches().get("GLUTEUS_MEDIUS"))
                .as("in the catalogue's order")
                .extracting(HomeStretch::code)
                .containsExactly("GLUTEUS_MEDIUS_LYING_ACROSS", "GLUTEUS_MEDIUS_STANDING_CROSSOVER");
        assertThat(snapshot.letterhead("0100 000 0000").phone())
                .as("the phone it was issued with")
                .isEqualTo("023 9200 0000");
        assertThat(snapshot.clientName()).isEqualTo("Zoë O'Brien");
    }

    @Test
    void aSnapshotFromBeforePhonesPrintsTheCurrentPhone() {
        HandoutSnapshot snapshot = new HandoutSnapshot(
                UUID.randomUUID(),
                Instant.EPOCH,
                null,
                facts(new Letterhead("Harbour Street", null, null, null), Set.of()));

        assertThat(snapshot.letterhead("0100 000 0000").phone()).isEqualTo("0100 000 0000");
        assertThat(snapshot.precautions()).isEmpty();
        assertThat(List.copyOf(snapshot.stretches().keySet())).containsExactly("GLUTEUS_MEDIUS");
    }
}
