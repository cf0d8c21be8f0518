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
    void namesFollowOnePattern() {
        assertEquals("--jdbc-url", Setting.JDBC_URL.flag());
        assertEquals("MASTHEAD_PLUGINS_DIR", Setting.PLUGINS_DIR.environmentVariable());
        assertEquals("--plugins-dir", Setting.PLUGINS_DIR.flag());
    }
}
