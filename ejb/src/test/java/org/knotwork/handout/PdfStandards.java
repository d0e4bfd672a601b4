package org.knotwork.handout;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, in this JVM: the rules of PDF/UA-1 and PDF/A-2a a PDF fails, as readable lines. Its validation model is
 * heavy to build, so one validator per standard serves every test of the run.
 */
final class PdfStandards {

    static final PDFAFlavour UA1 = PDFAFlavour.PDFUA_1;
    static final PDFAFlavour A2A = PDFAFlavour.PDFA_2_A;

    private static final Map<PDFAFlavour, PDFAValidator> VALIDATORS = new ConcurrentHashMap<>();

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfStandards() {}

    /** Every failed rule, one line each ("7.1-3: Content shall be marked as Artifact or tagged ... (context)"). */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        PDFAValidator validator = VALIDATORS.computeIfAbsent(
                flavour, f -> Foundries.defaultInstance().createValidator(f, false));
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            ValidationResult result;
            synchronized (validator) {
                result = validator.validate(parser);
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " (" + a.getLocation().getContext() + ")")
                    .distinct()
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the PDF", e);
        }
    }
}
