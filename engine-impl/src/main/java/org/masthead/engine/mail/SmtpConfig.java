package org.masthead.engine.mail;

import java.util.Locale;
import org.masthead.engine.boot.ConfigurationException;

/**
 * How the engine reaches its SMTP server. With no host, mail is still queued, and waits until one is configured.
 *
 * @param host     SMTP host; empty when mail is not configured
 * @param port     SMTP port
 * @param username user to authenticate as; empty for none
 * @param password password for {@code username}
 * @param security how the connection is protected
 * @param from     the From address, such as {@code "Stories <news@example.org>"}; empty for {@code noreply@} the
 *                 public URL's host
 */
public record SmtpConfig(String host, int port, String username, String password, Security security, String from) {

    /** Mail not configured: everything stays queued. */
    public static final SmtpConfig NONE = new SmtpConfig("", 587, "", "", Security.STARTTLS, "");

    /** How the SMTP connection is protected. */
    public enum Security {
        /** Plain SMTP (a local relay or a test server on loopback). */
        NONE,
        /** SMTP upgraded with STARTTLS, which the server must offer (port 587). */
        STARTTLS,
        /** SMTP over TLS from the first byte (port 465). */
        SSL;

        /** @throws ConfigurationException for anything but none, starttls or ssl */
        public static Security parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("SMTP security must be none, starttls or ssl, not '" + value + "'");
            }
        }
    }

    public SmtpConfig {
        host = host == null ? "" : host.strip();
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        from = from == null ? "" : from.strip();
        if (port < 1 || port > 65_535) {
            throw new ConfigurationException("SMTP port must be between 1 and 65535, not " + port);
        }
        if (security == null) {
            throw new ConfigurationException("SMTP security is required");
        }
    }

    /** Whether there is a server to send to. */
    public boolean configured() {
        return !host.isEmpty();
    }

    @Override
    public String toString() {
        // Never the password: this ends up in logs.
        return "smtp://" + (username.isEmpty() ? "" : username + "@") + host + ":" + port + " (" + security + ")";
    }
}
