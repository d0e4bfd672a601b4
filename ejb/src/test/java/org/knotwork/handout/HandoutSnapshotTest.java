package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Letterhead;

class HandoutSnapshotTest {

    static HandoutSnapshot snapshot(Letterhead letterhead, Set<Contraindication> precautions) {
        return new HandoutSnapshot(
                UUID.randomUUID(),
                Instant.EPOCH,
                null,
                letterhead,
                "Zoë O'Brien",
                "Jo Bloggs",
                new IssuePrecautions(
                        precautions, Map.of(Contraindication.RECENT_TRAUMA, Set.of(Region.SHOULDER)), null),
                null);
    }

    @Test
    void keepsWhatTheFirstIssueWasWrittenFrom() {
        HandoutSnapshot snapshot = snapshot(
                HandoutFixtures.LETTERHEAD, Set.of(Contraindication.PREGNANCY, Contraindication.RECENT_TRAUMA));

        assertThat(snapshot.precautions())
                .containsExactlyInAnyOrder(Contraindication.RECENT_TRAUMA, Contraindication.PREGNANCY);
        assertThat(snapshot.sites()).containsEntry(Contraindication.RECENT_TRAUMA, Set.of(Region.SHOULDER));
        assertThat(snapshot.letterhead("0100 000 0000").phone())
                .as("the phone it was issued with")
                .isEqualTo("023 9200 0000");
        assertThat(snapshot.letterhead("0100 000 0000").name()).isEqualTo("Harbour Street Myotherapy");
        assertThat(snapshot.clientName()).isEqualTo("Zoë O'Brien");
    }

    @Test
    void keepsEachLanguagesTextsAndStretchesWithWhatTheSafetyRulesRead() {
        UUID note = UUID.randomUUID();
        SnapshotSelfCare soleus =
                new SnapshotSelfCare(note, "SOLEUS", HandoutLanguage.ES, HandoutFixtures.SPANISH.get("GASTROCNEMIUS"));
        HomeStretch across =
                HandoutFixtures.SPANISH_STRETCHES.get("GLUTEUS_MEDIUS").get(0);
        SnapshotStretch kept = new SnapshotStretch(note, HandoutLanguage.ES, "GLUTEUS_MEDIUS", across, 0);

        assertThat(soleus.text()).isEqualTo(HandoutFixtures.SPANISH.get("GASTROCNEMIUS"));
        assertThat(kept.stretch()).isEqualTo(across);
        assertThat(kept.muscle()).isEqualTo("GLUTEUS_MEDIUS");
    }

    @Test
    void aSnapshotFromBeforePhonesPrintsTheCurrentPhone() {
        HandoutSnapshot snapshot = snapshot(new Letterhead("Harbour Street", null, null, null), Set.of());

        assertThat(snapshot.letterhead("0100 000 0000").phone()).isEqualTo("0100 000 0000");
        assertThat(snapshot.precautions()).isEmpty();
    }
}
