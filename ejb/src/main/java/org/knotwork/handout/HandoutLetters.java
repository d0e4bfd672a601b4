package org.knotwork.handout;

/** The e-mail that carries a sheet, written in the sheet's language from its wording. */
final class HandoutLetters {

    private HandoutLetters() {}

    static HandoutPost.Letter letter(
            HandoutContent content, SheetFormat format, String to, byte[] pdf, String fileName) {
        HandoutWording words = HandoutRenderer.words(format.language(), content.dateRegion());
        String practice = content.letterhead().name() == null
                ? words.text("mail.signature.fallback")
                : content.letterhead().name();
        String contact = content.letterhead().contact() == null
                ? ""
                : "\n\n" + content.letterhead().contact();
        return new HandoutPost.Letter(
                to,
                practice,
                words.text("mail.subject", words.date(content.sessionDate())),
                words.text("mail.body", content.clientName(), words.date(content.sessionDate()), practice) + contact,
                pdf,
                fileName);
    }
}
