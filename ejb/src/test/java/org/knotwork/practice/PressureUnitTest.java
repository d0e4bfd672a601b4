package org.knotwork.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PressureUnitTest {

    @Test
    void algometerUnitsConvertToAndFromKilopascal() {
        assertThat(PressureUnit.KGF_CM2.toKpa(3.0)).isCloseTo(294.1995, within(1e-9));
        assertThat(PressureUnit.N_CM2.toKpa(25.0)).isCloseTo(250.0, within(1e-9));
        assertThat(PressureUnit.KPA.toKpa(310.0)).isEqualTo(310.0);
        assertThat(PressureUnit.KGF_CM2.fromKpa(98.0665)).isCloseTo(1.0, within(1e-12));
        assertThat(PressureUnit.N_CM2.fromKpa(PressureUnit.KGF_CM2.toKpa(4.2))).isCloseTo(41.1879, within(1e-4));
    }
}
