package org.knotwork.handout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knotwork.platform.RuleViolationException;

/**
 * The practice's outgoing mail, configured by MicroProfile Config ({@code knotwork.mail.*}, see the README): one
 * Jakarta Mail session per application, made from the settings at first use. Built here rather than declared with
 * {@code @MailSessionDefinition}: Payara expands MicroProfile Config expressions in such a session's host, user,
 * password and sender, but copies its properties as written, so the SMTP port and STARTTLS could not be configured.
 */
@ApplicationScoped
public class HandoutMail {

    @Inject
    @ConfigProperty(name = "knotwork.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "knotwork.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "knotwork.mail.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "knotwork.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "knotwork.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "knotwork.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "knotwork.mail.timeout-seconds", defaultValue = "20")
    int timeoutSeconds;

    private volatile HandoutPost post;

    HandoutPost post() {
        if (host.isEmpty() || from.isEmpty()) {
            throw new RuleViolationException(
                    "E-mail is not set up on this server (knotwork.mail.host and knotwork.mail.from): print the sheet,"
                            + " or ask the administrator to set the practice's mail server.");
        }
        if (post == null) {
            post = new HandoutPost(session(), from.get());
        }
        return post;
    }

    private Session session() {
        Properties settings = new Properties();
        settings.put("mail.transport.protocol", "smtp");
        settings.put("mail.smtp.host", host.get());
        settings.put("mail.smtp.port", String.valueOf(port));
        settings.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        settings.put("mail.smtp.starttls.required", String.valueOf(starttls));
        String millis = String.valueOf(timeoutSeconds * 1000L);
        settings.put("mail.smtp.connectiontimeout", millis);
        settings.put("mail.smtp.timeout", millis);
        settings.put("mail.smtp.writetimeout", millis);
        if (user.isEmpty()) {
            return Session.getInstance(settings);
        }
        settings.put("mail.smtp.auth", "true");
        String name = user.get();
        String secret = password.orElse("");
        return Session.getInstance(settings, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(name, secret);
            }
        });
    }
}
