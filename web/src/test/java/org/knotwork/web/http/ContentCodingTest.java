package org.knotwork.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentCodingTest {

    @Test
    void aBrowserThatNamesGzipGetsIt() {
        assertThat(ContentCoding.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(ContentCoding.acceptsGzip("x-gzip")).isTrue();
        assertThat(ContentCoding.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
    }

    @Test
    void gzipWeightedZeroIsARefusalEvenWhenAnythingElseIsWelcome() {
        assertThat(ContentCoding.acceptsGzip("gzip;q=0, *")).isFalse();
        assertThat(ContentCoding.acceptsGzip("gzip; q=0.0")).isFalse();
        assertThat(ContentCoding.acceptsGzip("gzip;q=zero")).isFalse();
    }

    @Test
    void anyCodingCoversGzipUnlessGzipIsNamed() {
        assertThat(ContentCoding.acceptsGzip("*")).isTrue();
        assertThat(ContentCoding.acceptsGzip("*;q=0")).isFalse();
    }

    @Test
    void noHeaderOrOnlyOtherCodingsMeansNoGzip() {
        assertThat(ContentCoding.acceptsGzip(null)).isFalse();
        assertThat(ContentCoding.acceptsGzip("identity")).isFalse();
        assertThat(ContentCoding.acceptsGzip("br, deflate")).isFalse();
    }

    @Test
    void textScriptsStylesSvgAndJsonAreCompressed() {
        assertThat(ContentCoding.compressible("text/html;charset=UTF-8")).isTrue();
        assertThat(ContentCoding.compressible("text/javascript")).isTrue();
        assertThat(ContentCoding.compressible("application/javascript")).isTrue();
        assertThat(ContentCoding.compressible("text/css")).isTrue();
        assertThat(ContentCoding.compressible("image/svg+xml")).isTrue();
        assertThat(ContentCoding.compressible("application/json")).isTrue();
        assertThat(ContentCoding.compressible("application/problem+json")).isTrue();
        assertThat(ContentCoding.compressible("application/fhir+json; fhirVersion=4.0"))
                .isTrue();
        assertThat(ContentCoding.compressible("text/csv; charset=UTF-8")).isTrue();
    }

    @Test
    void pdfsImagesArchivesEventStreamsAndUntypedBodiesAreNot() {
        assertThat(ContentCoding.compressible("application/pdf")).isFalse();
        assertThat(ContentCoding.compressible("image/png")).isFalse();
        assertThat(ContentCoding.compressible("image/jpeg")).isFalse();
        assertThat(ContentCoding.compressible("application/gzip")).isFalse();
        assertThat(ContentCoding.compressible("application/zip")).isFalse();
        assertThat(ContentCoding.compressible("application/octet-stream")).isFalse();
        assertThat(ContentCoding.compressible("text/event-stream")).isFalse();
        assertThat(ContentCoding.compressible(null)).isFalse();
    }

    @Test
    void partialEmptyAndUnchangedAnswersAreNotCompressed() {
        assertThat(ContentCoding.compressibleStatus(200)).isTrue();
        assertThat(ContentCoding.compressibleStatus(201)).isTrue();
        assertThat(ContentCoding.compressibleStatus(404)).isTrue();
        assertThat(ContentCoding.compressibleStatus(204)).isFalse();
        assertThat(ContentCoding.compressibleStatus(206)).isFalse();
        assertThat(ContentCoding.compressibleStatus(304)).isFalse();
    }
}
