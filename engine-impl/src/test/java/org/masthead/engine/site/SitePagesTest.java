package org.masthead.engine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** The reader site's pages over HTTP: what they show, their metadata, branding and themes. */
class SitePagesTest {
    private static TestSite site;
    private static Client ana;
    private static String storyPath;
    private static String storyId;

    @BeforeAll
    static void start() {
        site = TestSite.start();
        ana = site.newUser("ana");
        ana.sendJson("PATCH", "/api/v1/me", "{\"displayName\":\"Ana Lima\",\"bio\":\"Writes about the sea.\"}")
                .assertStatus(200);
        JsonNode publication = ana.postJson("/api/v1/publications",
                "{\"name\":\"Tide Tables\",\"slug\":\"tide-tables\",\"tagline\":\"All about tides\"}")
                .assertStatus(201).json();
        storyId = ana.postJson("/api/v1/stories", "{\"title\":\"Spring tides\",\"subtitle\":\"When the moon pulls"
                + " hardest\",\"contentFormat\":\"markdown\",\"content\":\"Twice a month & more.\",\"tags\":[\"oceans\"],"
                + "\"publicationId\":\"" + publication.get("id").asText() + "\"}").assertStatus(201)
                .json().get("id").asText();
        storyPath = ana.postJson("/api/v1/stories/" + storyId + "/publish", "").assertStatus(200).json()
                .get("url").asText().replaceFirst("^https?://[^/]+", "");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void storyPageCarriesMetadataForSearchEnginesAndPreviews() {
        String page = site.client().get(storyPath).assertStatus(200).body();
        String absolute = site.engine().uri().resolve(storyPath.substring(1)).toString();
        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + absolute + "\">"), page);
        assertTrue(page.contains("<meta property=\"og:type\" content=\"article\">"), page);
        assertTrue(page.contains("<meta name=\"description\" content=\"When the moon pulls hardest\">"), page);
        assertTrue(page.contains("<meta name=\"twitter:card\" content=\"summary\">"), page);
        assertTrue(page.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Article\",\"headline\":\"Spring tides\""), page);
        assertTrue(page.contains("in <a href=\"/p/tide-tables\">Tide Tables</a>"), page);
        assertFalse(page.contains("csrf-token"), "no session, no token");

        ana.sendJson("PATCH", "/api/v1/stories/" + storyId, "{\"version\":2,"
                + "\"canonicalUrl\":\"https://ana.example/spring-tides\"}").assertStatus(200);
        assertTrue(site.client().get(storyPath).body()
                .contains("<link rel=\"canonical\" href=\"https://ana.example/spring-tides\">"));
    }

    @Test
    void authorPublicationAndTagPagesListTheStory() {
        Client reader = site.client();
        String author = reader.get("/@ana").assertStatus(200).body();
        assertTrue(author.contains("<h1 id=\"profile-name\">Ana Lima</h1>"), author);
        assertTrue(author.contains("Writes about the sea."), author);
        assertTrue(author.contains("Spring tides"), author);
        String publication = reader.get("/p/tide-tables").assertStatus(200).body();
        assertTrue(publication.contains("All about tides") && publication.contains("Spring tides"), publication);
        assertTrue(publication.contains("href=\"/@ana\">Ana Lima</a>"), publication);
        assertTrue(reader.get("/tag/oceans").assertStatus(200).body().contains("Spring tides"));
        assertTrue(reader.get("/tag/oceans?sort=latest").assertStatus(200).body().contains("Spring tides"));
        assertFalse(reader.get("/tag/rivers").assertStatus(200).body().contains("Spring tides"));
        reader.get("/@nobody").assertStatus(404);
        reader.get("/p/nothing").assertStatus(404);
    }

    @Test
    void writerPagesSendSignedOutVisitorsToSignInAndBack() {
        Client.Reply reply = site.client().get("/new-story").assertStatus(303);
        assertTrue(reply.header("Location").endsWith("/signin?next=%2Fnew-story"), reply.header("Location"));
        assertTrue(site.client().get("/signin?next=//evil.example").body().contains("data-next=\"/\""));
        String editor = ana.get("/edit/" + storyId).assertStatus(200).body();
        assertTrue(editor.contains("value=\"Spring tides\""), editor);
        assertTrue(ana.get("/me/drafts").assertStatus(200).body().contains("Spring tides"));
        site.newUser("ben").get("/edit/" + storyId).assertStatus(403);
    }

    @Test
    void brandingChangesApplyAtOnceAndAreValidated() {
        Client admin = site.admin();
        String branding = """
                {"siteName":"The Tide","tagline":"","logoUrl":"/static/logo.png","faviconUrl":"","accentColor":"#0055aa",
                 "inkColor":"#111111","paperColor":"#fffff0","bodyFont":"Georgia, serif","headingFont":"Inter, sans-serif",
                 "navigation":[{"label":"About","url":"/p/tide-tables"}],"footer":"© The Tide Company","theme":""}""";
        ana.putJson("/api/v1/admin/branding", branding).assertStatus(403);
        admin.putJson("/api/v1/admin/branding", branding.replace("#111111", "#eeeeee"))
                .assertError(400, "invalid_branding");
        admin.putJson("/api/v1/admin/branding", branding.replace("Georgia, serif", "x;} body{display:none"))
                .assertError(400, "invalid_branding");
        admin.putJson("/api/v1/admin/branding", branding.replace("/p/tide-tables", "javascript:alert(1)"))
                .assertError(400, "invalid_branding");
        admin.putJson("/api/v1/admin/branding", branding).assertStatus(200);

        String home = site.client().get("/").body();
        assertTrue(home.contains("<title>The Tide</title>"), home);
        assertTrue(home.contains("<a href=\"/p/tide-tables\">About</a>"), home);
        assertTrue(home.contains("© The Tide Company"), home);
        String css = site.client().get("/static/branding.css").assertStatus(200).body();
        assertTrue(css.contains("--accent: #0055aa") && css.contains("--serif: Georgia, serif"), css);
        assertEquals("The Tide", site.client().get("/api/v1/branding").json().get("siteName").asText());

        admin.putJson("/api/v1/admin/branding", branding.replace("The Tide", "Masthead")
                .replace("© The Tide Company", "")).assertStatus(200);
    }

    @Test
    void aThemeOverridesTemplatesOneByOneAndABrokenOneFallsBackForReaders() throws Exception {
        Path theme = site.dataDir().resolve("themes/harbour/templates");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("tag.vm"), "#parse(\"templates/header.vm\")<h1 class=\"harbour\">#$tagPage.tag()"
                + "</h1>#parse(\"templates/footer.vm\")");
        Files.writeString(theme.resolve("profile.vm"), "#parse(\"templates/header.vm\")$profile.noSuchField()");
        Client admin = site.admin();
        String branding = site.client().get("/api/v1/branding").body().replace("\"theme\":\"\"", "\"theme\":\"harbour\"");
        admin.putJson("/api/v1/admin/branding", branding).assertStatus(200);
        try {
            assertTrue(site.client().get("/tag/oceans").body().contains("<h1 class=\"harbour\">#oceans</h1>"));
            assertTrue(site.client().get(storyPath).body().contains("Spring tides"), "bundled story.vm");
            String forReaders = site.client().get("/@ana").assertStatus(200).body();
            assertTrue(forReaders.contains("Ana Lima"), "the bundled profile page");
            String forAdmin = admin.get("/@ana").assertStatus(500).body();
            assertTrue(forAdmin.contains("The theme &#39;harbour&#39; cannot render profile.vm"), forAdmin);
        } finally {
            admin.putJson("/api/v1/admin/branding", branding.replace("\"theme\":\"harbour\"", "\"theme\":\"\""))
                    .assertStatus(200);
        }
    }

    @Test
    void cachedPagesShowAClapAnEditAndAnUnpublishOnTheNextRequest() {
        Client writer = site.newUser("cora");
        String id = writer.postJson("/api/v1/stories", "{\"title\":\"Cached\",\"contentFormat\":\"markdown\","
                + "\"content\":\"Some words.\"}").assertStatus(201).json().get("id").asText();
        String path = writer.postJson("/api/v1/stories/" + id + "/publish", "").json().get("url").asText()
                .replaceFirst("^https?://[^/]+", "");
        Client reader = site.client();
        assertTrue(reader.get(path).body().contains("<span class=\"clap-count\">0</span>"));
        assertTrue(reader.get(path).body().contains("<span class=\"clap-count\">0</span>"), "served again");

        site.newUser("dan").postJson("/api/v1/stories/" + id + "/claps", "{\"count\":5,\"requestId\":\"request-1\"}").assertStatus(200);
        assertTrue(reader.get(path).body().contains("<span class=\"clap-count\">5</span>"));

        writer.sendJson("PATCH", "/api/v1/stories/" + id, "{\"version\":2,\"subtitle\":\"Now with a subtitle\"}")
                .assertStatus(200);
        assertTrue(reader.get(path).body().contains("Now with a subtitle"));
        assertTrue(reader.get("/@cora").body().contains("Now with a subtitle"));

        writer.postJson("/api/v1/stories/" + id + "/unpublish", "").assertStatus(200);
        reader.get(path).assertStatus(404);
        assertFalse(reader.get("/@cora").body().contains("Now with a subtitle"));
    }
}
