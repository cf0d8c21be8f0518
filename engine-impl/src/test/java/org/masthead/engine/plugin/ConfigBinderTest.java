package org.masthead.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {

    enum Mode { FAST, SLOW }

    public record Weights(double recency, int perAuthor, boolean boost, String label, Duration window, Mode mode) {
        public Weights {
            if (recency < 0 || recency > 1) {
                throw new IllegalArgumentException("recency must be in [0, 1]");
            }
        }

        public Weights() {
            this(0.5, 2, true, "default", Duration.ofDays(7), Mode.FAST);
        }
    }

    public record Rule(boolean enabled, double threshold) {
    }

    public record Rules(int days, Rule links, Rule reports) {
        public Rules() {
            this(30, new Rule(true, 5), new Rule(false, 3));
        }
    }

    @Test
    void nestedRecordsBindFromDottedNamesAndKeepTheirOwnDefaults() {
        Rules rules = ConfigBinder.bind(Rules.class, Map.of("links.threshold", "2.5", "reports.enabled", "true"));

        assertEquals(new Rules(30, new Rule(true, 2.5), new Rule(true, 3)), rules);
        assertEquals("unknown setting 'links'", assertThrows(IllegalArgumentException.class,
                () -> ConfigBinder.bind(Rules.class, Map.of("links", "1"))).getMessage());
        assertEquals(java.util.List.of("days", "links.enabled", "links.threshold", "reports.enabled",
                "reports.threshold"), ConfigBinder.form(Rules.class, Map.of()).stream().map(ConfigBinder.Field::name)
                .toList());
        assertEquals("2.5", ConfigBinder.form(Rules.class, Map.of("links.threshold", "2.5")).get(2).value());
    }

    @Test
    void defaultsWhenNothingIsStored() {
        assertEquals(new Weights(), ConfigBinder.bind(Weights.class, Map.of()));
    }

    @Test
    void storedValuesOverrideDefaults() {
        Weights weights = ConfigBinder.bind(Weights.class, Map.of("recency", "0.25", "perAuthor", "3",
                "boost", "FALSE", "label", " spaced ", "window", "PT48H", "mode", "slow"));
        assertEquals(new Weights(0.25, 3, false, " spaced ", Duration.ofHours(48), Mode.SLOW), weights);
    }

    @Test
    void theRecordValidates() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ConfigBinder.bind(Weights.class, Map.of("recency", "2")));
        assertEquals("recency must be in [0, 1]", error.getMessage());
    }

    @Test
    void badValuesNameTheSetting() {
        assertEquals("setting 'perAuthor': 'many' is not a valid int", assertThrows(IllegalArgumentException.class,
                () -> ConfigBinder.bind(Weights.class, Map.of("perAuthor", "many"))).getMessage());
        assertEquals("setting 'boost': 'yes' is not a valid boolean", assertThrows(IllegalArgumentException.class,
                () -> ConfigBinder.bind(Weights.class, Map.of("boost", "yes"))).getMessage());
        assertEquals("unknown setting 'colour'", assertThrows(IllegalArgumentException.class,
                () -> ConfigBinder.bind(Weights.class, Map.of("colour", "red"))).getMessage());
    }

    public record NoDefaults(int value) {
    }

    @Test
    void aRecordWithoutDefaultsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ConfigBinder.bind(NoDefaults.class, Map.of()));
    }
}
