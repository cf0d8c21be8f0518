package org.masthead.engine.boot;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.masthead.engine.embed.EmbedSettings;
import org.masthead.engine.mail.SmtpConfig;
import org.masthead.engine.web.Network;

/**
 * Resolves {@link Setting}s from a properties file, the environment and explicit overrides (command-line flags),
 * strongest last. The only place the engine reads its environment.
 */
public final class Settings {
    private final Map<Setting, String> values;

    private Settings(Map<Setting, String> values) {
        this.values = values;
    }

    /**
     * Reads {@code propertiesFile} (if it exists), then the environment, then {@code overrides}.
     *
     * @throws ConfigurationException if the file exists but cannot be read
     */
    public static Settings resolve(Path propertiesFile, Map<String, String> environment,
                                   Map<Setting, String> overrides) {
        Properties file = new Properties();
        if (propertiesFile != null && Files.isRegularFile(propertiesFile)) {
            try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigurationException("cannot read " + propertiesFile + ": " + e.getMessage());
            }
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = setting.defaultValue();
            value = file.getProperty(setting.key(), value);
            value = environment.getOrDefault(setting.environmentVariable(), value);
            value = overrides.getOrDefault(setting, value);
            values.put(setting, value.trim());
        }
        return new Settings(values);
    }

    public String get(Setting setting) {
        return values.get(setting);
    }

    /** The setting as an int. */
    public int getInt(Setting setting) {
        try {
            return Integer.parseInt(get(setting));
        } catch (NumberFormatException e) {
            throw new ConfigurationException(setting.key() + " must be a whole number, not '" + get(setting) + "'");
        }
    }

    private EmbedSettings embedSettings() {
        try {
            return new EmbedSettings(parse(Setting.FETCH_ALLOWED_NETWORKS, Network::parseList),
                    parse(Setting.EMBED_FRAME_ORIGINS, EmbedSettings::origins),
                    Duration.ofMillis(getInt(Setting.FETCH_TIMEOUT_MILLIS)),
                    Duration.ofMinutes(getInt(Setting.EMBED_CACHE_MINUTES)));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Setting.FETCH_TIMEOUT_MILLIS.key() + " and "
                    + Setting.EMBED_CACHE_MINUTES.key() + ": " + e.getMessage());
        }
    }

    private <T> T parse(Setting setting, Function<String, T> parser) {
        try {
            return parser.apply(get(setting));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(setting.key() + ": " + e.getMessage());
        }
    }

    /** An engine builder configured from these settings, relative paths resolved against {@code home}. */
    public Engine.Builder toBuilder(Path home) {
        Path dataDir = home.resolve(get(Setting.DATA_DIR));
        Engine.Builder builder = Engine.builder()
                .host(get(Setting.HOST))
                .port(getInt(Setting.PORT))
                .dataDir(dataDir)
                .pluginsDir(home.resolve(get(Setting.PLUGINS_DIR)))
                .maxBodyBytes(getInt(Setting.MAX_BODY_BYTES))
                .maxUploadBytes(getInt(Setting.MAX_UPLOAD_BYTES))
                .jdbc(get(Setting.JDBC_URL), get(Setting.JDBC_USER), get(Setting.JDBC_PASSWORD))
                .poolSize(getInt(Setting.JDBC_POOL_SIZE))
                .admin(get(Setting.ADMIN_EMAIL), get(Setting.ADMIN_PASSWORD))
                .siteName(get(Setting.SITE_NAME))
                .trustedProxies(List.of(get(Setting.TRUSTED_PROXIES).split(",")))
                .readingViewWindow(java.time.Duration.ofMinutes(getInt(Setting.READING_VIEW_WINDOW)))
                .smtp(new SmtpConfig(get(Setting.SMTP_HOST), getInt(Setting.SMTP_PORT), get(Setting.SMTP_USERNAME),
                        get(Setting.SMTP_PASSWORD), SmtpConfig.Security.parse(get(Setting.SMTP_SECURITY)),
                        get(Setting.MAIL_FROM)))
                .embeds(embedSettings())
                .paymentWebhookSecret(get(Setting.PAYMENT_WEBHOOK_SECRET));
        if (!get(Setting.PUBLIC_URL).isEmpty()) {
            builder.publicUrl(get(Setting.PUBLIC_URL));
        }
        return builder;
    }
}
