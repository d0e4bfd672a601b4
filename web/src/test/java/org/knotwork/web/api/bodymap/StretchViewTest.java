package org.knotwork.web.api.bodymap;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.Stretch;

/** The stretch catalogue as the API answers it: every fact the sheet prints a stretch by, read from the record. */
class StretchViewTest {

    @Test
    void aStretchThatWorksBothSidesSaysSo() throws ReflectiveOperationException {
        Stretch butterfly = new Stretch(
                "ADDUCTOR_LONGUS_BREVIS_BUTTERFLY",
                "ADDUCTOR_LONGUS_BREVIS",
                "Butterfly stretch",
                List.of("Sit on the floor with your back against a wall."),
                BodyPosition.SEATED,
                false,
                null,
                true,
                10);
        Stretch lunge = new Stretch(
                "ADDUCTOR_MAGNUS_STANDING_SIDE_LUNGE",
                "ADDUCTOR_MAGNUS",
                "Standing side lunge",
                List.of("Stand with your feet wide apart."),
                BodyPosition.STANDING,
                false,
                null,
                false,
                20);

        // As JSON-B writes it: one property per record component, by name.
        assertThat(properties(StretchView.of(butterfly))).containsEntry("bothSides", true);
        assertThat(properties(StretchView.of(lunge))).containsEntry("bothSides", false);
    }

    private static Map<String, Object> properties(StretchView view) throws ReflectiveOperationException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent component : StretchView.class.getRecordComponents()) {
            properties.put(component.getName(), component.getAccessor().invoke(view));
        }
        return properties;
    }
}
