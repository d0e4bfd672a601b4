package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Contraindication;

class HandoutSnapshotTest {

    @Test
    void keepsWhatTheFirstIssueWasWrittenFrom() {
        HandoutSnapshot snapshot = new HandoutSnapshot(
                UUID.randomUUID(),
                Instant.EPOCH,
                HandoutFixtures.LETTERHEAD,
                null,
                "Zoë O'Brien",
                "Jo Bloggs",
                Set.of(Contraindication.PREGNANCY, Contraindication.ANTICOAGULANTS));
        SnapshotSelfCare soleus = new SnapshotSelfCare(
                UUID.randomUUID(), "SOLEUS", HandoutLanguage.ES, HandoutFixtures.TEXTS.get("GASTROCNEMIUS"));

        assertThat(snapshot.precautions())
                .containsExactlyInAnyOrder(Contraindication.ANTICOAGULANTS, Contraindication.PREGNANCY);
        assertThat(soleus.text()).isEqualTo(HandoutFixtures.TEXTS.get("GASTROCNEMIUS"));
        assertThat(snapshot.letterhead().name()).isEqualTo("Harbour Street Myotherapy");
        assertThat(snapshot.clientName()).isEqualTo("Zoë O'Brien");
    }

    @Test
    void aClientWithoutContraindicationsHasNoPrecautions() {
        HandoutSnapshot snapshot = new HandoutSnapshot(
                UUID.randomUUID(), Instant.EPOCH, HandoutFixtures.LETTERHEAD, null, "A B", "Jo", Set.of());

        assertThat(snapshot.precautions()).isEmpty();
    }
}
