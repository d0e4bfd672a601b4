package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.charting.HomeCare;

class FileNamesTest {

    @Test
    void namesAreAsciiWithTheClientAndSessionDate() {
        HandoutContent content =
                HandoutFixtures.content(HandoutFixtures.typicalNote(HandoutFixtures.client(), HomeCare.NONE));

        assertThat(FileNames.of(content, PaperSize.A4)).isEqualTo("home-care-Zoe-OBrien-2026-03-02-preview.pdf");
        assertThat(FileNames.of(content, PaperSize.LETTER))
                .isEqualTo("home-care-Zoe-OBrien-2026-03-02-preview-letter.pdf");
    }

    @Test
    void accentsAreDroppedAndOtherCharactersBecomeDashes() {
        assertThat(FileNames.ascii("Núñez-García, José")).isEqualTo("Nunez-Garcia-Jose");
        assertThat(FileNames.ascii("\"; rm -rf /")).isEqualTo("rm-rf");
        assertThat(FileNames.ascii("李小龍")).isEqualTo("client");
    }

    @Test
    void lettersOfTheirOwnAreSpelledInLatinNotDropped() {
        assertThat(FileNames.ascii("Anh Thị Łukasiewicz-Żółć")).isEqualTo("Anh-Thi-Lukasiewicz-Zolc");
        assertThat(FileNames.ascii("Nguyễn Đức Øster")).isEqualTo("Nguyen-Duc-Oster");
        assertThat(FileNames.ascii("Weiß Æsa")).isEqualTo("Weiss-AEsa");
        assertThat(FileNames.ascii("Παπαδοπούλου Θεόδωρος")).isEqualTo("Papadopoulou-Theodoros");
        assertThat(FileNames.ascii("Шевченко Юлія")).isEqualTo("Shevchenko-Yuliya");
        assertThat(FileNames.ascii("Андрій Їжакевич")).isEqualTo("Andriy-Yizhakevich");
    }
}
