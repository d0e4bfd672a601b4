package org.knotwork.web.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSiteRequestCheckTest {

    @Test
    void anOriginNamingTheHostTheRequestWasSentToIsThisSite() {
        assertThat(CrossSiteRequestCheck.sameSite("http://localhost:8181", "localhost:8181"))
                .isTrue();
        assertThat(CrossSiteRequestCheck.sameSite("https://clinic.example", "clinic.example"))
                .isTrue();
        assertThat(CrossSiteRequestCheck.sameSite("https://clinic.example", "clinic.example:443"))
                .as("the default port written out")
                .isTrue();
        assertThat(CrossSiteRequestCheck.sameSite("http://CLINIC.example", "clinic.example"))
                .isTrue();
    }

    @Test
    void anotherHostOrPortIsAnotherSite() {
        assertThat(CrossSiteRequestCheck.sameSite("https://evil.example", "clinic.example"))
                .isFalse();
        assertThat(CrossSiteRequestCheck.sameSite("http://localhost:9999", "localhost:8181"))
                .isFalse();
        assertThat(CrossSiteRequestCheck.sameSite("https://clinic.example.evil.example", "clinic.example"))
                .isFalse();
    }

    @Test
    void anOpaqueOrUnreadableOriginIsRefused() {
        assertThat(CrossSiteRequestCheck.sameSite("null", "clinic.example")).isFalse();
        assertThat(CrossSiteRequestCheck.sameSite("not a url", "clinic.example"))
                .isFalse();
        assertThat(CrossSiteRequestCheck.sameSite("https://clinic.example", null))
                .isFalse();
    }
}
