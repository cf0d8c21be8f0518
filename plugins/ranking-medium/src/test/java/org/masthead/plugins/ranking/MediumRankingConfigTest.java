package org.masthead.plugins.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.api.plugin.Setting;

class MediumRankingConfigTest {

    @Test
    void theDefaultsValidateAndEverySettingIsDocumentedWithARange() {
        MediumRankingConfig defaults = new MediumRankingConfig();
        assertEquals(48, defaults.halfLifeHours());
        assertEquals(20, defaults.priorEvents());
        assertEquals(2.0, defaults.boostMultiplier());
        assertEquals(100, defaults.smallWriterMaxFollowers());
        assertEquals(2, defaults.maxPerAuthor());
        for (RecordComponent component : MediumRankingConfig.class.getRecordComponents()) {
            Setting setting = component.getAnnotation(Setting.class);
            assertTrue(setting != null && !setting.value().isBlank(), component.getName());
            assertTrue(Double.isFinite(setting.min()) && Double.isFinite(setting.max()), component.getName());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "halfLifeHours, 0.5, halfLifeHours must be between 1 and 8760: 0.5",
            "halfLifeHours, NaN, halfLifeHours must be between 1 and 8760: NaN",
            "priorEvents, -1, priorEvents must be between 0 and 1000000: -1.0",
            "typicalReadRatio, 0, typicalReadRatio must be between 0.001 and 1: 0.0",
            "interestThreshold, 1.5, interestThreshold must be between 0 and 1: 1.5",
            "boostMultiplier, 0.5, boostMultiplier must be between 1 and 100: 0.5",
            "smallWriterMaxFollowers, -1, smallWriterMaxFollowers must be between 0 and 1000000000: -1",
            "showLessWriterFactor, 1.1, showLessWriterFactor must be between 0 and 1: 1.1",
            "maxPerAuthor, 0, maxPerAuthor must be between 1 and 1000: 0",
            "popularLift, 0.9, popularLift must be between 1 and 100: 0.9"})
    void outOfRangeSettingsAreRejectedByName(String name, String value, String message) {
        MediumRankingConfig defaults = new MediumRankingConfig();
        Object parsed = switch (componentType(name).getName()) {
            case "int" -> Integer.parseInt(value);
            case "long" -> Long.parseLong(value);
            default -> Double.parseDouble(value);
        };
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> with(defaults, name, parsed));
        assertEquals(message, error.getMessage());
    }

    @Test
    void engagementQualityNeedsSomeWeight() {
        MediumRankingConfig config = new MediumRankingConfig();
        for (String weight : new String[] {"readRatioWeight", "memberReadingWeight", "clapperWeight",
                "responseWeight"}) {
            config = with(config, weight, 0.0);
        }
        MediumRankingConfig highlightsOnly = config;
        assertEquals(0.1, highlightsOnly.highlightWeight());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> with(highlightsOnly, "highlightWeight", 0.0));
        assertEquals("at least one engagement quality weight must be above 0", error.getMessage());
    }

    /** {@code config} with one component changed, built through the canonical constructor as the engine does. */
    static MediumRankingConfig with(MediumRankingConfig config, String name, Object value) {
        RecordComponent[] components = MediumRankingConfig.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(config);
            }
            return MediumRankingConfig.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> componentType(String name) {
        for (RecordComponent component : MediumRankingConfig.class.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getType();
            }
        }
        throw new AssertionError("no setting " + name);
    }
}
