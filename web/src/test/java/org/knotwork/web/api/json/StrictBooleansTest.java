package org.knotwork.web.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictBooleansTest {

    private static ParamConverter<?> converterFor(Class<?> type) {
        return new StrictBooleans().getConverter(type, type, new Annotation[0]);
    }

    @Test
    void aPrimitiveYesOrNoParameterIsReadStrictlyToo() {
        // ClientImportResource's dryRun is a boolean: "dryRun=yes" imported for real.
        assertThat(converterFor(boolean.class)).isNotNull();
        assertThat(converterFor(boolean.class).fromString("true")).isEqualTo(true);
        assertThat(converterFor(boolean.class).fromString("false")).isEqualTo(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on", "no", "", " true", "TRUE", "True", "False"})
    void anythingButTrueOrFalseIsRefused(String value) {
        for (Class<?> type : new Class<?>[] {boolean.class, Boolean.class}) {
            ParamConverter<?> converter = converterFor(type);
            assertThat(converter).isNotNull();
            assertThatThrownBy(() -> converter.fromString(value)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
