package org.masthead.engine.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** Swapping the curation policy for the bundled editors-only one changes who sees a new story. */
class EditorsOnlyCurationTest {
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
    void nothingIsDistributedUntilAnEditorDistributesIt() {
        Client admin = site.admin();
        admin.putJson("/api/v1/admin/plugins/active/CurationPolicy", "{\"pluginId\":\"curation-editors-only\"}")
                .assertStatus(200);
        Client writer = site.newUser("handpicked");
        Client reader = site.newUser("handreader");
        String id = writer.postJson("/api/v1/stories", "{\"title\":\"Hand picked\",\"content\":\"Chosen words.\"}")
                .assertStatus(201).json().get("id").asText();
        writer.postJson("/api/v1/stories/" + id + "/publish", "{}").assertStatus(200);

        JsonNode waiting = writer.get("/api/v1/stories/" + id + "/curation").assertStatus(200).json();
        assertEquals("CURATION_STATUS_PENDING", waiting.get("curationStatus").asText());
        assertEquals(0, waiting.get("curationEligibleAt").asLong());
        assertEquals("editors.waiting", waiting.get("decisions").get(0).get("reasons").get(0).get("code").asText());
        assertFalse(reader.get("/").assertStatus(200).body().contains("Hand picked"));

        JsonNode distributed = admin.postJson("/api/v1/curation/stories/" + id + "/review",
                "{\"verdict\":\"distribute\",\"topic\":\"picks\"}").assertStatus(200).json();
        assertEquals("CURATION_STATUS_DISTRIBUTED", distributed.get("curationStatus").asText());
        assertTrue(distributed.get("curationEligibleAt").asLong() > 0);
        assertTrue(reader.get("/").assertStatus(200).body().contains("Hand picked"));
    }
}
