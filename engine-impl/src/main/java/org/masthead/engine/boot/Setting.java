package org.masthead.engine.boot;

import java.util.Locale;
import org.masthead.engine.embed.EmbedSettings;

/**
 * Every configuration key the engine reads, in one place. A key is set, from weakest to strongest, in
 * {@code conf/masthead.properties}, by its environment variable, or by its command-line flag.
 */
public enum Setting {
    PORT("MASTHEAD_PORT", "masthead.http.port", "8080", "HTTP port; 0 picks a free one"),
    HOST("MASTHEAD_HOST", "masthead.http.host", "127.0.0.1", "Address to listen on (0.0.0.0 for every interface)"),
    PUBLIC_URL("MASTHEAD_PUBLIC_URL", "masthead.http.public-url", "", "URL readers use, for links in pages and mail (default: http://host:port)"),
    MAX_BODY_BYTES("MASTHEAD_MAX_BODY_BYTES", "masthead.http.max-body-bytes", "1048576", "Largest request body accepted, in bytes"),
    MAX_UPLOAD_BYTES("MASTHEAD_MAX_UPLOAD_BYTES", "masthead.http.max-upload-bytes", "5242880", "Largest image upload accepted (the whole request body), in bytes"),
    DATA_DIR("MASTHEAD_DATA_DIR", "masthead.data-dir", "data", "Directory for the embedded database and caches"),
    PLUGINS_DIR("MASTHEAD_PLUGINS_DIR", "masthead.plugins-dir", "plugins", "Directory the plugin jars and zips are loaded from"),
    JDBC_URL("MASTHEAD_JDBC_URL", "masthead.jdbc.url", "", "JDBC URL; empty means embedded Derby in the data directory"),
    JDBC_USER("MASTHEAD_JDBC_USER", "masthead.jdbc.user", "masthead", "Database user"),
    JDBC_PASSWORD("MASTHEAD_JDBC_PASSWORD", "masthead.jdbc.password", "", "Database password"),
    JDBC_POOL_SIZE("MASTHEAD_JDBC_POOL_SIZE", "masthead.jdbc.pool-size", "10", "Largest number of pooled database connections"),
    ADMIN_EMAIL("MASTHEAD_ADMIN_EMAIL", "masthead.admin.email", "", "Email of the first admin, created at first boot"),
    ADMIN_PASSWORD("MASTHEAD_ADMIN_PASSWORD", "masthead.admin.password", "", "Password of the first admin; generated and printed once when empty"),
    SITE_NAME("MASTHEAD_SITE_NAME", "masthead.site.name", "Masthead", "The publication's name, shown in pages"),
    TRUSTED_PROXIES("MASTHEAD_TRUSTED_PROXIES", "masthead.http.trusted-proxies", "", "Comma-separated addresses or CIDR networks of reverse proxies whose X-Forwarded-* headers are honoured"),
    READING_VIEW_WINDOW("MASTHEAD_READING_VIEW_WINDOW", "masthead.reading.view-window-minutes", "30", "Minutes within which the same reader opening the same story again counts as one view"),
    SMTP_HOST("MASTHEAD_SMTP_HOST", "masthead.mail.smtp.host", "", "SMTP server for outgoing mail; empty keeps mail queued"),
    SMTP_PORT("MASTHEAD_SMTP_PORT", "masthead.mail.smtp.port", "587", "SMTP port"),
    SMTP_USERNAME("MASTHEAD_SMTP_USERNAME", "masthead.mail.smtp.username", "", "SMTP user; empty for none"),
    SMTP_PASSWORD("MASTHEAD_SMTP_PASSWORD", "masthead.mail.smtp.password", "", "SMTP password"),
    SMTP_SECURITY("MASTHEAD_SMTP_SECURITY", "masthead.mail.smtp.security", "starttls", "starttls (required), ssl, or none for a local relay"),
    MAIL_FROM("MASTHEAD_MAIL_FROM", "masthead.mail.from", "", "From address of mail (default: noreply@ the public URL's host)"),
    FETCH_ALLOWED_NETWORKS("MASTHEAD_FETCH_ALLOWED_NETWORKS", "masthead.fetch.allowed-networks", "", "Private or otherwise special networks (CIDR, comma-separated) the server-side fetcher may reach, for intranets; none by default"),
    FETCH_TIMEOUT_MILLIS("MASTHEAD_FETCH_TIMEOUT_MILLIS", "masthead.fetch.timeout-millis", "3000", "Longest time one server-side fetch may take (connecting, redirects and reading), in milliseconds"),
    EMBED_FRAME_ORIGINS("MASTHEAD_EMBED_FRAME_ORIGINS", "masthead.embed.frame-origins", EmbedSettings.DEFAULT_FRAME_ORIGINS, "Origins embeds may frame after the reader's consent (comma-separated); the Content-Security-Policy lists exactly these"),
    PAYMENT_WEBHOOK_SECRET("MASTHEAD_PAYMENT_WEBHOOK_SECRET", "masthead.payments.webhook-secret", "", "Shared secret the payment provider signs its webhooks with (HMAC-SHA256); empty turns the webhook off"),
    EMBED_CACHE_MINUTES("MASTHEAD_EMBED_CACHE_MINUTES", "masthead.embed.cache-minutes", "1440", "How long a resolved embed URL is reused before it is fetched again, in minutes");

    private final String environmentVariable;
    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String environmentVariable, String key, String defaultValue, String description) {
        this.environmentVariable = environmentVariable;
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The key in {@code masthead.properties}, such as {@code masthead.http.port}. */
    public String key() {
        return key;
    }

    /** The environment variable, such as {@code MASTHEAD_PORT}. */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** The command-line flag, such as {@code --port}. */
    public String flag() {
        return "--" + environmentVariable.substring("MASTHEAD_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
