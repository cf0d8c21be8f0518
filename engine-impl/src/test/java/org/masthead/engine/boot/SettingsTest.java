package org.masthead.engine.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void flagsBeatTheEnvironmentWhichBeatsTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("masthead.properties");
        Files.writeString(file, "masthead.http.port=9000\nmasthead.data-dir=from-file\nmasthead.site.name=File\n");
        Settings settings = Settings.resolve(file,
                Map.of("MASTHEAD_PORT", "9001", "MASTHEAD_DATA_DIR", "from-env"),
                Map.of(Setting.PORT, "9002"));
        assertEquals(9002, settings.getInt(Setting.PORT));
        assertEquals("from-env", settings.get(Setting.DATA_DIR));
        assertEquals("File", settings.get(Setting.SITE_NAME));
        assertEquals("127.0.0.1", settings.get(Setting.HOST));
    }

    @Test
    void aMissingFileMeansDefaults(@TempDir Path dir) {
        Settings settings = Settings.resolve(dir.resolve("absent.properties"), Map.of(), Map.of());
        assertEquals(8080, settings.getInt(Setting.PORT));
        assertEquals("", settings.get(Setting.JDBC_URL));
        assertEquals(1 << 20, settings.getInt(Setting.MAX_BODY_BYTES));
        assertEquals(5 << 20, settings.getInt(Setting.MAX_UPLOAD_BYTES));
    }

    @Test
    void aBadNumberIsAConfigurationError(@TempDir Path dir) {
        Settings settings = Settings.resolve(null, Map.of("MASTHEAD_PORT", "eighty"), Map.of());
        assertEquals("masthead.http.port must be a whole number, not 'eighty'",
                assertThrows(ConfigurationException.class, () -> settings.getInt(Setting.PORT)).getMessage());
    }

    @Test
    void embedSettingsAreCheckedWhenTheEngineIsConfigured(@TempDir Path dir) {
        assertEquals("masthead.fetch.allowed-networks: 'intranet.example' is not an IP address or a CIDR block",
                assertThrows(ConfigurationException.class, () -> Settings.resolve(null,
                        Map.of("MASTHEAD_FETCH_ALLOWED_NETWORKS", "10.0.0.0/8, intranet.example"), Map.of())
                        .toBuilder(dir)).getMessage());
        assertEquals("masthead.embed.frame-origins: 'https://player.vimeo.com/video' is not an origin such as"
                        + " https://player.vimeo.com",
                assertThrows(ConfigurationException.class, () -> Settings.resolve(null,
                        Map.of("MASTHEAD_EMBED_FRAME_ORIGINS", "https://player.vimeo.com/video"), Map.of())
                        .toBuilder(dir)).getMessage());
        assertEquals("masthead.fetch.timeout-millis and masthead.embed.cache-minutes: the fetch timeout must be"
                        + " positive and the cache TTL not negative",
                assertThrows(ConfigurationException.class, () -> Settings.resolve(null,
                        Map.of("MASTHEAD_FETCH_TIMEOUT_MILLIS", "0"), Map.of()).toBuilder(dir)).getMessage());
        Settings.resolve(null, Map.of(), Map.of()).toBuilder(dir);
    }

    @Test
    void namesFollowOnePattern() {
        assertEquals("--jdbc-url", Setting.JDBC_URL.flag());
        assertEquals("MASTHEAD_PLUGINS_DIR", Setting.PLUGINS_DIR.environmentVariable());
        assertEquals("--plugins-dir", Setting.PLUGINS_DIR.flag());
    }

    @Test
    void mailSettingsFollowThePatternAndAreChecked(@TempDir Path dir) {
        assertEquals("--smtp-host", Setting.SMTP_HOST.flag());
        assertEquals("MASTHEAD_SMTP_PASSWORD", Setting.SMTP_PASSWORD.environmentVariable());
        assertEquals("masthead.mail.from", Setting.MAIL_FROM.key());
        Settings defaults = Settings.resolve(null, Map.of(), Map.of());
        assertEquals("", defaults.get(Setting.SMTP_HOST));
        assertEquals(587, defaults.getInt(Setting.SMTP_PORT));
        assertEquals("starttls", defaults.get(Setting.SMTP_SECURITY));
        Settings wrong = Settings.resolve(null, Map.of("MASTHEAD_SMTP_SECURITY", "maybe"), Map.of());
        assertEquals("SMTP security must be none, starttls or ssl, not 'maybe'",
                assertThrows(ConfigurationException.class, () -> wrong.toBuilder(dir)).getMessage());
    }
}
