package org.masthead.engine.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/** Composes MIME messages and hands them to the SMTP server with Jakarta Mail (Eclipse Angus). */
final class SmtpPostman {
    private static final String TIMEOUT_MILLIS = "30000";

    private final SmtpConfig config;
    private final Session session;
    private final InternetAddress from;
    private final String messageIdDomain;

    SmtpPostman(SmtpConfig config, URI site, String siteName) {
        this.config = config;
        String protocol = protocol(config);
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol);
        properties.setProperty("mail." + protocol + ".host", config.host());
        properties.setProperty("mail." + protocol + ".port", Integer.toString(config.port()));
        properties.setProperty("mail." + protocol + ".auth", Boolean.toString(!config.username().isEmpty()));
        properties.setProperty("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        if (config.security() == SmtpConfig.Security.STARTTLS) {
            // Required, not opportunistic: a server that does not offer STARTTLS never sees the password or mail.
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        if (config.security() != SmtpConfig.Security.NONE) {
            properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(properties);
        this.messageIdDomain = site.getHost() == null ? "masthead.localhost" : site.getHost();
        this.from = from(config, messageIdDomain, siteName);
    }

    private static String protocol(SmtpConfig config) {
        return config.security() == SmtpConfig.Security.SSL ? "smtps" : "smtp";
    }

    private static InternetAddress from(SmtpConfig config, String host, String siteName) {
        try {
            if (!config.from().isEmpty()) {
                return new InternetAddress(config.from(), true);
            }
            return new InternetAddress("noreply@" + host, siteName, StandardCharsets.UTF_8.name());
        } catch (jakarta.mail.internet.AddressException | UnsupportedEncodingException e) {
            throw new org.masthead.engine.boot.ConfigurationException("the mail From address '" + config.from()
                    + "' is not a valid address: " + e.getMessage());
        }
    }

    /** A connection opened on the first send and closed with it; one per batch of mails. */
    final class Connection implements AutoCloseable {
        private Transport transport;

        void send(MimeMessage message) throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport();
                transport.connect(config.host(), config.port(), config.username().isEmpty() ? null : config.username(),
                        config.username().isEmpty() ? null : config.password());
            }
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // The mail went out or was counted as failed already; a QUIT that fails changes nothing.
                }
            }
        }
    }

    Connection connection() {
        return new Connection();
    }

    /**
     * A multipart/alternative message (plain text, then HTML). Its Message-ID derives from the mail's key, so a
     * mail sent again after a crash carries the same id and receiving systems can recognise the duplicate. A mail of
     * a list carries RFC 8058 one-click unsubscribe headers.
     */
    MimeMessage compose(String mailKey, Addressee to, Mail mail, Instant now) throws MessagingException {
        String messageId = "<" + digest(mailKey) + "@" + messageIdDomain + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        try {
            message.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(to.address(), to.name(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        message.setHeader("Auto-Submitted", "auto-generated");
        if (to.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", MimeUtility.fold(18, "<" + to.unsubscribeUrl() + ">"));
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    /**
     * Whether the server refused this message for good (a 5xx reply to it or its recipient), rather than being
     * unreachable or refusing for now.
     */
    static boolean refusedForGood(MessagingException e) {
        for (Exception cause = e; cause != null; cause = cause instanceof MessagingException m ? m.getNextException()
                : null) {
            if (cause instanceof SMTPSendFailedException sent && sent.getReturnCode() >= 500
                    || cause instanceof SMTPAddressFailedException address && address.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
