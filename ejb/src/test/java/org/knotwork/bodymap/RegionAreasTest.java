package org.knotwork.bodymap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.testing.MigratedDatabase;

/** Points go where their side and their muscle's region say, on the shipped catalogue's drawing. */
class RegionAreasTest {

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;
    static List<Muscle> catalogue;
    static Map<String, Muscle> muscles;
    static RegionAreas areas;

    @BeforeAll
    static void start() {
        database = MigratedDatabase.start(dataDirectory);
        EntityManagerFactory factory = database.entityManagerFactory(false);
        EntityManager em = factory.createEntityManager();
        catalogue = em.createQuery("select distinct m from Muscle m left join fetch m.locations", Muscle.class)
                .getResultList();
        em.close();
        factory.close();
        muscles = catalogue.stream().collect(Collectors.toMap(Muscle::code, Function.identity()));
        areas = new RegionAreas(catalogue);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    static void place(String muscle, Side side, BodyView view, double x, double y) {
        areas.requirePlaceable(muscles.get(muscle), side, new Placement(view, x, y));
    }

    @Test
    void everyCataloguePlaceTakesAPointOnEitherSide() {
        for (Muscle muscle : catalogue) {
            for (MapLocation at : muscle.locations()) {
                boolean lateral = at.view() == BodyView.LATERAL_RIGHT;
                assertThatCode(() -> place(muscle.code(), Side.RIGHT, at.view(), at.x(), at.y()))
                        .as(muscle.code() + " right on " + at.view())
                        .doesNotThrowAnyException();
                BodyView mirrored = lateral ? BodyView.LATERAL_LEFT : at.view();
                assertThatCode(() -> place(muscle.code(), Side.LEFT, mirrored, 1 - at.x(), at.y()))
                        .as(muscle.code() + " left on " + mirrored)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void facingTheViewerTheClientsRightIsOnTheViewersLeft() {
        assertThatCode(() -> place("UPPER_TRAPEZIUS", Side.RIGHT, BodyView.ANTERIOR, 0.43, 0.17))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> place("UPPER_TRAPEZIUS", Side.LEFT, BodyView.ANTERIOR, 0.43, 0.17))
                .hasMessageContaining("the client faces you, so their right side is on your left")
                .hasMessageContaining("on the client's right side, not their left");
        assertThatCode(() -> place("UPPER_TRAPEZIUS", Side.LEFT, BodyView.ANTERIOR, 0.57, 0.17))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> place("UPPER_TRAPEZIUS", Side.RIGHT, BodyView.ANTERIOR, 0.57, 0.17))
                .hasMessageContaining("not their right");
    }

    @Test
    void seenFromBehindTheClientsRightIsOnTheViewersRight() {
        assertThatCode(() -> place("INFRASPINATUS", Side.LEFT, BodyView.POSTERIOR, 0.41, 0.24))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> place("INFRASPINATUS", Side.LEFT, BodyView.POSTERIOR, 0.59, 0.24))
                .hasMessageContaining("you see the client from behind")
                .hasMessageContaining("their right side is on your right");
        assertThatThrownBy(() -> place("INFRASPINATUS", Side.RIGHT, BodyView.POSTERIOR, 0.41, 0.24))
                .hasMessageContaining("not their right");
    }

    @Test
    void aSideViewShowsOnlyItsOwnSide() {
        assertThatCode(() -> place("GLUTEUS_MEDIUS", Side.LEFT, BodyView.LATERAL_LEFT, 0.52, 0.455))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> place("GLUTEUS_MEDIUS", Side.RIGHT, BodyView.LATERAL_LEFT, 0.52, 0.455))
                .hasMessageContaining("shows the client's left side");
        assertThatThrownBy(() -> place("GLUTEUS_MEDIUS", Side.LEFT, BodyView.LATERAL_RIGHT, 0.48, 0.455))
                .hasMessageContaining("shows the client's right side");
    }

    @Test
    void theCentreLineBandIsThreeHundredthsEachWay() {
        assertThatCode(() -> place("RECTUS_ABDOMINIS", Side.MIDLINE, BodyView.ANTERIOR, 0.53, 0.38))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> place("RECTUS_ABDOMINIS", Side.MIDLINE, BodyView.ANTERIOR, 0.535, 0.38))
                .hasMessageContaining("not their midline");
        assertThatCode(() -> place("RECTUS_ABDOMINIS", Side.RIGHT, BodyView.ANTERIOR, 0.53, 0.38))
                .as("a side's point may touch the centre line")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> place("RECTUS_ABDOMINIS", Side.RIGHT, BodyView.ANTERIOR, 0.535, 0.38))
                .hasMessageContaining("not their right");
        assertThatThrownBy(() -> place("BICEPS_BRACHII", Side.MIDLINE, BodyView.ANTERIOR, 0.5, 0.3))
                .hasMessageContaining("not of the centre line");
    }

    @Test
    void aMuscleIsPlacedOnlyInItsRegion() {
        assertThatThrownBy(() -> place("GASTROCNEMIUS", Side.RIGHT, BodyView.POSTERIOR, 0.55, 0.05))
                .hasMessage("Gastrocnemius lies in the lower leg and foot, and this place on the back view is"
                        + " outside it: place the point on the lower leg and foot.");
        assertThatThrownBy(() -> place("DELTOID", Side.RIGHT, BodyView.POSTERIOR, 0.6, 0.5))
                .hasMessageContaining("lies in the shoulder");
        assertThatThrownBy(() -> place("QUADRATUS_LUMBORUM", Side.RIGHT, BodyView.LATERAL_RIGHT, 0.5, 0.42))
                .hasMessageContaining("The low back is not drawn on the view of the right side");
    }

    @Test
    void aRegionReachesEightHundredthsBeyondItsMusclesPlaces() {
        // The calf's highest catalogue place on the back view is the gastrocnemius at y 0.765.
        assertThatCode(() -> place("SOLEUS", Side.RIGHT, BodyView.POSTERIOR, 0.55, 0.686))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> place("SOLEUS", Side.RIGHT, BodyView.POSTERIOR, 0.55, 0.684))
                .hasMessageContaining("lies in the lower leg and foot");
        // The left calf is the mirror image: the same reach, measured from x 1 − 0.535.
        assertThatCode(() -> place("GASTROCNEMIUS", Side.LEFT, BodyView.POSTERIOR, 0.466, 0.686))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> place("GASTROCNEMIUS", Side.LEFT, BodyView.POSTERIOR, 0.466, 0.684))
                .hasMessageContaining("outside it");
    }
}
