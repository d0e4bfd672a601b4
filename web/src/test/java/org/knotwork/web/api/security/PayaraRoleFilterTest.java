package org.knotwork.web.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The deployed payara-web.xml keeps Payara's own JAX-RS role filter off, leaving {@link AccessControl} the guard. */
class PayaraRoleFilterTest {

    private static final Path DESCRIPTOR = Path.of("src/main/webapp/WEB-INF/payara-web.xml");

    @Test
    void payarasOwnRolesAllowedFilterStaysSwitchedOff() throws Exception {
        assertThat(DESCRIPTOR).as("the descriptor the war deploys").isRegularFile();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document descriptor;
        try (var in = Files.newInputStream(DESCRIPTOR)) {
            descriptor = factory.newDocumentBuilder().parse(in);
        }
        NodeList switches = descriptor.getDocumentElement().getElementsByTagName("jaxrs-roles-allowed-enabled");

        assertThat(switches.getLength() == 1 ? switches.item(0).getTextContent().strip() : "missing")
                .as("payara-web.xml's <jaxrs-roles-allowed-enabled> must say false: AccessControl is the API's only"
                        + " guard, with answers worded for people, and Payara's filter (on when the element is missing)"
                        + " asks Payara's JACC policy the caller's roles again on every annotated call, a second"
                        + " session look-up (docs/performance.md, issue 17)")
                .isEqualTo("false");
    }
}
