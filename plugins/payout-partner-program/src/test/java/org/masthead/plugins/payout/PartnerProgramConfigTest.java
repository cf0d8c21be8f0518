package org.masthead.plugins.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.api.plugin.Setting;

class PartnerProgramConfigTest {

    @Test
    void theDefaultsAreMediumLikeAndEverySettingIsDocumentedWithARange() {
        PartnerProgramConfig defaults = new PartnerProgramConfig();
        assertEquals(new PartnerProgramConfig(0.5, 30, 1800, 1.0, 1.0, 1.0, 2.0, 3.0, 5.0, 2.0, 2.0, 0.5, 0.5, 1.5),
                defaults);
        for (RecordComponent component : PartnerProgramConfig.class.getRecordComponents()) {
            Setting setting = component.getAnnotation(Setting.class);
            assertTrue(setting != null && !setting.value().isBlank(), component.getName());
            assertTrue(Double.isFinite(setting.min()) && Double.isFinite(setting.max()), component.getName());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "creatorShare, -0.01, creatorShare must be between 0 and 1: -0.01",
            "creatorShare, 1.01, creatorShare must be between 0 and 1: 1.01",
            "creatorShare, NaN, creatorShare must be between 0 and 1: NaN",
            "qualifyingSeconds, 0, qualifyingSeconds must be between 1 and 86400: 0",
            "maxSecondsPerStory, 86401, maxSecondsPerStory must be between 1 and 86400: 86401",
            "minuteWeight, 0, minuteWeight must be between 0.01 and 100: 0.0",
            "clapWeight, -1, clapWeight must be between 0 and 100: -1.0",
            "newFollowWeight, Infinity, newFollowWeight must be between 0 and 100: Infinity",
            "maxEngagementPoints, 1001, maxEngagementPoints must be between 0 and 1000: 1001.0",
            "followerBonus, 0.9, followerBonus must be between 1 and 100: 0.9",
            "boostBonus, 101, boostBonus must be between 1 and 100: 101.0",
            "readRatioPivot, 0, readRatioPivot must be between 0.01 and 1: 0.0",
            "readRatioMin, 1.1, readRatioMin must be between 0.01 and 1: 1.1",
            "readRatioMax, 0.9, readRatioMax must be between 1 and 100: 0.9"})
    void outOfRangeSettingsAreRejectedByName(String name, String value, String message) {
        Object parsed = componentType(name) == long.class ? (Object) Long.parseLong(value) : (Object) Double.parseDouble(value);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> with(new PartnerProgramConfig(), name, parsed));
        assertEquals(message, error.getMessage());
    }

    @Test
    void theCapCannotBeBelowTheQualifyingTime() {
        PartnerProgramConfig config = with(new PartnerProgramConfig(), "maxSecondsPerStory", 30L);
        assertEquals(30, config.maxSecondsPerStory());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> with(config, "maxSecondsPerStory", 29L));
        assertEquals("maxSecondsPerStory (29) must not be below qualifyingSeconds (30)", error.getMessage());
    }

    /** {@code config} with one component changed, built through the canonical constructor as the engine does. */
    static PartnerProgramConfig with(PartnerProgramConfig config, String name, Object value) {
        componentType(name);
        RecordComponent[] components = PartnerProgramConfig.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(config);
            }
            return PartnerProgramConfig.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> componentType(String name) {
        for (RecordComponent component : PartnerProgramConfig.class.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getType();
            }
        }
        throw new AssertionError("no setting " + name);
    }
}
