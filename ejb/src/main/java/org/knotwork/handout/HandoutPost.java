package org.knotwork.handout;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Puts a signed sheet in the post: a plain, short e-mail in the sheet's language with the PDF attached, sent through
 * a Jakarta Mail session. A refusal by the mail server becomes a {@link HandoutNotSentException} that says what the
 * server answered, so the therapist can act on it (a mistyped address, a server that is down).
 */
final class HandoutPost {

    private final Session session;
    private final String from;

    HandoutPost(Session session, String from) {
        this.session = session;
        this.from = from;
    }

    void send(Letter letter) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, letter.practice(), StandardCharsets.UTF_8.name()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to(), true));
            message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(letter.body(), StandardCharsets.UTF_8.name());
            MimeBodyPart sheet = new MimeBodyPart();
            sheet.setDataHandler(new DataHandler(new ByteArrayDataSource(letter.pdf(), "application/pdf")));
            sheet.setFileName(letter.fileName());
            message.setContent(new MimeMultipart(text, sheet));
            Transport.send(message);
        } catch (SendFailedException e) {
            throw new HandoutNotSentException(
                    "The mail server refused to send to " + letter.to() + ": " + answer(e)
                            + ". Check the client's e-mail address.",
                    e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new HandoutNotSentException(
                    "The sheet could not be e-mailed: the mail server "
                            + (answer(e).isEmpty() ? "could not be reached" : "answered " + answer(e))
                            + ". Print it instead, or try again later.",
                    e);
        }
    }

    private static String answer(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? e.getMessage() : cause.getMessage();
        return message == null ? "" : message.strip();
    }

    /** One e-mail: to whom, from which practice, in words of the sheet's language, with the sheet. */
    record Letter(String to, String practice, String subject, String body, byte[] pdf, String fileName) {}
}
