package org.masthead.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.api.privacy.DataMap;
import org.masthead.engine.testing.TestSite;

/** Every table of the schema is declared in the data map, and the privacy page says what the plugin's rules do. */
class DataMapTest {
    /** File stores, which are not tables. */
    private static final Set<String> FILE_STORES = Set.of("search-index");
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyTableIsDeclaredOnceAndEveryDeclaredTableExists() {
        Set<String> tables = new TreeSet<>(site.database().tables(site.dataDir()));
        Set<String> personal = new TreeSet<>();
        PersonalData.MAP.dataSets().forEach(set -> assertTrue(personal.add(set.name()), set.name() + " twice"));
        List<String> undeclared = new ArrayList<>();
        for (String table : tables) {
            boolean isPersonal = personal.contains(table);
            boolean isNot = PersonalData.NOT_PERSONAL.containsKey(table);
            if (isPersonal == isNot) {
                undeclared.add(table + (isPersonal ? " (declared both ways)" : ""));
            }
        }
        assertEquals(List.of(), undeclared, "declare each table in PersonalData, as personal or not");
        Set<String> missing = new TreeSet<>(personal);
        missing.addAll(PersonalData.NOT_PERSONAL.keySet());
        missing.removeAll(tables);
        missing.removeAll(FILE_STORES);
        assertEquals(Set.of(), missing, "declared but not in the schema");
    }

    @Test
    void thePrivacyPageListsEveryDataSetWithTheDefaultPluginsRules() {
        JsonNode notice = site.client().get("/api/v1/privacy").assertStatus(200).json();
        assertEquals(14, notice.get("erasureDays").asInt());
        assertEquals(30, notice.get("ipRetentionDays").asInt());
        assertEquals(PersonalData.MAP.dataSets().size(), notice.get("dataSets").size());
        for (JsonNode row : notice.get("dataSets")) {
            boolean transactional = row.get("category").asText().equals("transactional");
            assertEquals(transactional ? "kept 10 years after the account is closed" : "deleted with the account",
                    row.get("retention").asText(), row::toString);
            assertEquals(transactional ? "legal obligation" : row.get("legalBasis").asText(),
                    row.get("legalBasis").asText());
        }
        String page = site.client().get("/privacy").assertStatus(200).body();
        for (DataMap.DataSet set : PersonalData.MAP.dataSets()) {
            assertTrue(page.contains("<code>" + set.name() + "</code>"), set.name());
        }
        assertTrue(page.contains("deleted within 14 days"), page);
    }
}
