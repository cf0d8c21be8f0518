package org.masthead.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.PluginJars;
import org.masthead.engine.testing.TestSite;

/** Installing, configuring, activating and uninstalling a plugin jar at run time, without a restart. */
class PluginInstallTest {
    static final String RANKER = "org.example.alpha.AlphabeticalRanker";
    static final String CONFIG = "org.example.alpha.AlphabeticalConfig";
    static final Map<String, String> SOURCES = Map.of(CONFIG, """
            package org.example.alpha;
            import org.masthead.api.plugin.Setting;
            public record AlphabeticalConfig(
                    @Setting(value = "Z to A instead of A to Z") boolean descending,
                    @Setting(value = "Stories per page at most", min = 1, max = 100) int pageSize) {
                public AlphabeticalConfig {
                    if (pageSize < 1 || pageSize > 100) {
                        throw new IllegalArgumentException("pageSize must be between 1 and 100");
                    }
                }
                public AlphabeticalConfig() {
                    this(false, 20);
                }
            }
            """, RANKER, """
            package org.example.alpha;
            import java.util.Comparator;
            import java.util.List;
            import java.util.Map;
            import org.masthead.api.content.Reason;
            import org.masthead.api.plugin.ConfiguredBy;
            import org.masthead.api.plugin.PluginContext;
            import org.masthead.api.ranking.*;
            import org.pf4j.Extension;
            @Extension
            @ConfiguredBy(AlphabeticalConfig.class)
            public class AlphabeticalRanker implements FeedRanker {
                private final PluginContext context;
                public AlphabeticalRanker(PluginContext context) {
                    this.context = context;
                }
                public RankedFeed rank(RankingRequest request) {
                    AlphabeticalConfig config = context.config(AlphabeticalConfig.class);
                    Comparator<Candidate> byTitle = Comparator.comparing(c -> c.story().title());
                    return new RankedFeed(request.candidates().stream()
                            .sorted(config.descending() ? byTitle.reversed() : byTitle)
                            .limit(Math.min(request.limit(), config.pageSize()))
                            .map(c -> new RankedItem(c.story().id(), 0, List.of(Reason.of("alpha", "In title order")),
                                    Map.of()))
                            .toList());
                }
            }
            """);

    @TempDir
    Path temp;

    @Test
    void anAdminInstallsConfiguresActivatesAndUninstallsAPluginWithoutARestart() throws Exception {
        Path plugins = PluginJars.copyOfTestPlugins(temp.resolve("plugins"));
        try (TestSite site = TestSite.start(b -> b.pluginsDir(plugins))) {
            Client writer = site.newUser("wren");
            for (String title : List.of("Banana", "Apple", "Cherry")) {
                String id = writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"Text.\"}")
                        .json().get("id").asText();
                writer.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200);
            }
            Client admin = site.admin();
            byte[] jar = PluginJars.build("alphabetical", "1.0.0", ">=0.1.0", List.of(RANKER), SOURCES);

            install(writer, jar).assertStatus(403);
            JsonNode installed = install(admin, jar).assertStatus(201).json();
            assertEquals("alphabetical", installed.get("id").asText());
            assertEquals("[\"FeedRanker\"]", installed.get("points").toString());
            assertTrue(Files.exists(plugins.resolve("alphabetical-1.0.0.jar")));

            JsonNode form = admin.get("/api/v1/admin/plugins/alphabetical/settings").assertStatus(200).json();
            assertEquals("descending", form.at("/fields/0/name").asText());
            assertEquals("boolean", form.at("/fields/0/type").asText());
            assertEquals("Z to A instead of A to Z", form.at("/fields/0/help").asText());
            assertEquals(100.0, form.at("/fields/1/max").asDouble());
            assertEquals("20", form.at("/fields/1/defaultValue").asText());

            admin.putJson("/api/v1/admin/plugins/active/FeedRanker", "{\"pluginId\":\"alphabetical\"}")
                    .assertStatus(200);
            assertOrder(site, "Apple", "Banana", "Cherry");

            admin.putJson("/api/v1/admin/plugins/alphabetical/settings", "{\"pageSize\":\"500\"}")
                    .assertError(400, "invalid_settings");
            admin.putJson("/api/v1/admin/plugins/alphabetical/settings", "{\"descending\":\"true\"}")
                    .assertStatus(200);
            assertOrder(site, "Cherry", "Banana", "Apple");

            JsonNode audit = admin.get("/api/v1/admin/audit?limit=10").assertStatus(200).json();
            assertEquals("plugin.settings", audit.at("/0/action").asText());
            assertEquals("descending: (default) → true", audit.at("/0/detail").asText());
            assertEquals("plugin.activate", audit.at("/1/action").asText());
            assertEquals("plugin.install", audit.at("/2/action").asText());

            admin.delete("/api/v1/admin/plugins/alphabetical").assertStatus(204);
            assertFalse(Files.exists(plugins.resolve("alphabetical-1.0.0.jar")));
            assertFalse(admin.get("/api/v1/admin/plugins").body().contains("alphabetical"));
            site.client().get("/").assertStatus(200);
        }
    }

    @Test
    void badJarsAreRefusedWithTheReasonAndLeaveNothingBehind() throws Exception {
        Path plugins = PluginJars.copyOfTestPlugins(temp.resolve("plugins"));
        try (TestSite site = TestSite.start(b -> b.pluginsDir(plugins))) {
            Client admin = site.admin();
            long before;
            try (var files = Files.list(plugins)) {
                before = files.count();
            }
            install(admin, "not a jar".getBytes()).assertError(400, "invalid_plugin");
            install(admin, PluginJars.build("empty", "1.0", null, List.of(), Map.of())).assertStatus(201);
            admin.delete("/api/v1/admin/plugins/empty").assertStatus(204);
            Client.Reply future = install(admin, PluginJars.build("future", "1.0.0", ">=9.0.0", List.of(RANKER),
                    SOURCES)).assertError(400, "invalid_plugin");
            assertTrue(future.body().contains("9.0.0"), future.body());
            try (var files = Files.list(plugins)) {
                assertEquals(before, files.count());
            }
            admin.delete("/api/v1/admin/plugins/nothing").assertStatus(404);
        }
    }

    private static Client.Reply install(Client client, byte[] jar) {
        return client.send(HttpRequest.newBuilder(client.base().resolve("/api/v1/admin/plugins"))
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jar)));
    }

    private static void assertOrder(TestSite site, String... titles) {
        String home = site.client().get("/").body();
        int last = -1;
        for (String title : titles) {
            int at = home.indexOf("<h2>" + title + "</h2>");
            assertTrue(at > last, title + " out of order in " + home);
            last = at;
        }
    }
}
