package org.knotwork.handout;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * What makes the sheet a PDF/A-2a and PDF/UA-1 file beyond its tags: PDF 1.7, a tagged catalogue with the sheet's
 * language, the title shown in the viewer's title bar instead of the file name, an sRGB output intent (the sheet is
 * black and grey, which PDF/A only allows against a stated output), and XMP metadata that repeats the document
 * information and declares both conformances, with the extension schema PDF/A asks for the PDF/UA identifier.
 */
final class ArchivalPdf {

    private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
    private static final String SRGB_NAME = "sRGB IEC61966-2.1";

    /**
     * The profile compressed once per JVM as OpenPDF's {@code PdfICCBased} would compress it for each sheet (4 % of a
     * sheet's CPU): the same deflate at the same level, so the same bytes.
     */
    private static final byte[] SRGB_COMPRESSED = compress(SRGB.getData());

    private ArchivalPdf() {}

    /** Before the document opens. */
    static void prepare(PdfWriter writer) {
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    }

    /** After it opened and before it closes; {@code at} is the instant written as created and modified. */
    static void describe(PdfWriter writer, Locale language, String title, Instant at) {
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB_NAME));
        intent.put(PdfName.INFO, new PdfString(SRGB_NAME));
        try {
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile()).getIndirectReference());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
        writer.setXmpMetadata(xmp(language, title, at));
    }

    /** The stream {@code PdfICCBased} makes, with its entries in its order, around the profile compressed once. */
    private static PdfStream profile() {
        PdfStream profile = new PdfStream(SRGB_COMPRESSED);
        profile.remove(PdfName.LENGTH);
        profile.put(PdfName.ALTERNATE, PdfName.DEVICERGB);
        profile.put(PdfName.N, new PdfNumber(SRGB.getNumComponents()));
        profile.put(PdfName.LENGTH, new PdfNumber(SRGB_COMPRESSED.length));
        profile.put(PdfName.FILTER, PdfName.FLATEDECODE);
        return profile;
    }

    private static byte[] compress(byte[] data) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream zip = new DeflaterOutputStream(stream, deflater)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return stream.toByteArray();
    }

    /**
     * The XMP packet with its four blanks ({@code %1$s} the title, {@code %2$s} the language, {@code %3$s} the instant,
     * {@code %4$s} the producer), cut once at the blanks: formatting the 3 kB text anew for each sheet was 2 % of it.
     */
    private static final String[] XMP = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>%2$s</rdf:li></rdf:Bag></dc:language>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <xmp:CreateDate>%3$s</xmp:CreateDate>
                   <xmp:ModifyDate>%3$s</xmp:ModifyDate>
                   <xmp:CreatorTool>Knotwork</xmp:CreatorTool>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdf:Producer>%4$s</pdf:Producer>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>A</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".split("%[1-4]\\$s", -1);

    private static final int[] XMP_BLANKS = {1, 2, 3, 3, 4};

    static byte[] xmp(Locale language, String title, Instant at) {
        String[] values = {
            escape(title),
            language.toLanguageTag(),
            DateTimeFormatter.ISO_INSTANT.format(at),
            escape(Document.getVersion())
        };
        StringBuilder xml = new StringBuilder(3 * 1024).append(XMP[0]);
        for (int i = 0; i < XMP_BLANKS.length; i++) {
            xml.append(values[XMP_BLANKS[i] - 1]).append(XMP[i + 1]);
        }
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
