package org.masthead.engine.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;
import org.w3c.dom.NodeList;

/** RSS and Atom feeds read back with ROME's parser, the sitemap and robots.txt, over HTTP. */
class SyndicationTest {
    /** A public URL unlike the local one, which feeds must use (plain HTTP: the test client does not speak TLS, and
     * an https URL would mark the session cookie Secure). */
    private static final String BASE = "http://news.example.org/";
    private static TestSite site;
    private static Client ana;
    private static Client bob;
    /** The paths of the listed stories, in the order they were published. */
    private static String grids;
    private static String essay;
    private static String travel;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.publicUrl(BASE));
        ana = site.newPartner("ana");
        bob = site.newUser("bob");
        String publication = ana.postJson("/api/v1/publications", "{\"name\":\"Design Weekly\",\"slug\":\"design-weekly\","
                + "\"tagline\":\"Grids & type\"}").assertStatus(201).json().get("id").asText();
        grids = publish(ana, "{\"title\":\"On Grids\",\"subtitle\":\"Columns, gutters\",\"tags\":[\"design\",\"layout\"],"
                + "\"publicationId\":\"" + publication + "\",\"content\":\"A grid <b>orders</b> a page.\\n\\n"
                + "![chart](/images/abc.png) and [more](/about) and [elsewhere](https://example.com/x)\"}", "{}");
        essay = publish(ana, "{\"title\":\"Members only essay\",\"tags\":[\"design\"],\"memberOnly\":true,"
                + "\"content\":\"The first words of a long essay that only members read in full & more.\"}", "{}");
        travel = publish(bob, "{\"title\":\"Travel light\",\"subtitle\":\"Pack less\",\"tags\":[\"travel\"],"
                + "\"content\":\"One bag.\"}", "{}");

        publish(bob, "{\"title\":\"A draft\",\"tags\":[\"secret-draft\"],\"content\":\"Not yet.\"}", null);
        publish(bob, "{\"title\":\"Unlisted\",\"tags\":[\"secret-unlisted\"],\"content\":\"Quiet.\"}",
                "{\"visibility\":\"unlisted\"}");
        publish(bob, "{\"title\":\"Later\",\"tags\":[\"secret-later\"],\"content\":\"Soon.\"}",
                "{\"publishAt\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\"}");
        String deleted = publish(bob, "{\"title\":\"Deleted\",\"tags\":[\"secret-deleted\"],\"content\":\"Gone.\"}", "{}");
        bob.sendJson("DELETE", "/api/v1/stories/" + id(deleted), "").assertStatus(204);
        String unpublished = publish(bob, "{\"title\":\"Withdrawn\",\"content\":\"Back to draft.\"}", "{}");
        bob.postJson("/api/v1/stories/" + id(unpublished) + "/unpublish", "{}").assertStatus(200);
        bob.postJson("/api/v1/stories/" + id(grids) + "/responses", "{\"content\":\"A response.\"}").assertStatus(201);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Creates a story from {@code draft} and publishes it with {@code publishing} unless null; returns its path. */
    private static String publish(Client writer, String draft, String publishing) {
        JsonNode story = writer.postJson("/api/v1/stories", draft).assertStatus(201).json();
        if (publishing != null) {
            story = writer.postJson("/api/v1/stories/" + story.get("id").asText() + "/publish", publishing)
                    .assertStatus(200).json();
        }
        return story.get("url").asText();
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('-') + 1);
    }

    private static SyndFeed feed(String path, String type) throws Exception {
        Client.Reply reply = site.client().get(path).assertStatus(200);
        assertEquals(type + ";charset=UTF-8", reply.header("Content-Type"));
        return new SyndFeedInput().build(new StringReader(reply.body()));
    }

    private static List<String> links(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }

    /** The page a feed is about: RSS's channel link, Atom's alternate link (ROME's getLink() gives Atom's first). */
    private static String page(SyndFeed feed) {
        if (feed.getLinks().isEmpty()) {
            return feed.getLink();
        }
        return feed.getLinks().stream().filter(link -> link.getRel().equals("alternate")).findFirst().orElseThrow()
                .getHref();
    }

    private static String url(String path) {
        return BASE + path.substring(1);
    }

    @Test
    void feedsListTheNewestPublicStoriesInRssAndAtom() throws Exception {
        for (String format : List.of("rss", "atom")) {
            String type = format.equals("rss") ? "application/rss+xml" : "application/atom+xml";
            String query = format.equals("rss") ? "" : "?format=atom";
            SyndFeed all = feed("/feed" + query, type);
            assertEquals(format.equals("rss") ? "rss_2.0" : "atom_1.0", all.getFeedType());
            assertEquals("Masthead", all.getTitle());
            assertEquals(BASE, page(all));
            assertEquals(List.of(url(travel), url(essay), url(grids)), links(all));

            SyndFeed writer = feed("/feed/@ana" + query, type);
            assertEquals("ana on Masthead", writer.getTitle());
            assertEquals(BASE + "@ana", page(writer));
            assertEquals(List.of(url(essay), url(grids)), links(writer));

            SyndFeed publication = feed("/feed/p/design-weekly" + query, type);
            assertEquals("Design Weekly", publication.getTitle());
            assertEquals(BASE + "p/design-weekly", page(publication));
            assertEquals(List.of(url(grids)), links(publication));

            SyndFeed tag = feed("/feed/tag/design" + query, type);
            assertEquals(BASE + "tag/design", page(tag));
            assertEquals(List.of(url(essay), url(grids)), links(tag));
            assertEquals(List.of(url(travel)), links(feed("/feed/tag/Travel" + query, type)), "tags are normalized");
            assertEquals(List.of(), links(feed("/feed/tag/secret-draft" + query, type)));
            assertEquals(List.of(), links(feed("/feed/@admin" + query, type)));

            SyndEntry full = all.getEntries().get(2);
            assertEquals("On Grids", full.getTitle());
            assertEquals("ana", full.getAuthor());
            assertEquals("Columns, gutters", full.getDescription().getValue());
            assertEquals(Set.of("design", "layout"), Set.copyOf(full.getCategories().stream()
                    .map(SyndCategory::getName).toList()));
            assertNotNull(full.getPublishedDate());
            String html = full.getContents().get(0).getValue();
            assertTrue(html.contains("A grid <b>orders</b> a page."), html);
            assertTrue(html.contains("src=\"" + BASE + "images/abc.png\""), html);
            assertTrue(html.contains("href=\"" + BASE + "about\""), html);
            assertTrue(html.contains("href=\"https://example.com/x\""), html);
            assertTrue(full.getUri().startsWith("tag:news.example.org,"), full.getUri());

            SyndEntry members = all.getEntries().get(1);
            assertEquals("Members only essay", members.getTitle());
            assertTrue(members.getContents().isEmpty(), "a member-only story shows its summary only");
            assertEquals("The first words of a long essay that only members read in full & more.",
                    members.getDescription().getValue());
        }
    }

    @Test
    void feedsAnswerConditionalRequestsAndRefuseUnknownOnes() {
        Client client = site.client();
        Client.Reply first = client.get("/feed/@ana").assertStatus(200);
        String etag = first.header("ETag");
        String modified = first.header("Last-Modified");
        assertNotNull(etag);
        assertNotNull(modified);
        assertTrue(first.header("Cache-Control").contains("max-age=300"), first.header("Cache-Control"));
        Client.Reply again = client.send(HttpRequest.newBuilder(client.base().resolve("/feed/@ana"))
                .header("If-None-Match", etag).GET());
        assertEquals(304, again.status());
        assertEquals(0, again.bytes().length);
        assertEquals(304, client.send(HttpRequest.newBuilder(client.base().resolve("/feed/@ana"))
                .header("If-Modified-Since", modified).GET()).status());
        assertEquals(200, client.send(HttpRequest.newBuilder(client.base().resolve("/feed/@ana?format=atom"))
                .header("If-None-Match", etag).GET()).status(), "another format is another document");

        client.get("/feed/@nobody").assertStatus(404);
        client.get("/feed/p/no-such-publication").assertStatus(404);
        client.get("/feed?format=json").assertStatus(400);
        client.get("/feed/tag/%21%21").assertStatus(400);
    }

    @Test
    void theSitemapListsEveryPublicStoryAndNothingElse() throws Exception {
        Client.Reply reply = site.client().get("/sitemap.xml").assertStatus(200);
        assertEquals("application/xml;charset=UTF-8", reply.header("Content-Type"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(reply.bytes()));
        assertEquals("urlset", document.getDocumentElement().getLocalName());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", document.getDocumentElement().getNamespaceURI());
        NodeList locations = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < locations.getLength(); i++) {
            listed.add(locations.item(i).getTextContent());
        }
        assertEquals(locations.getLength(), listed.size(), "no page twice");
        assertEquals(Set.of(BASE, url(grids), url(essay), url(travel), BASE + "@ana", BASE + "@bob",
                BASE + "p/design-weekly", BASE + "tag/design", BASE + "tag/layout", BASE + "tag/travel"), listed);
        assertEquals(3, document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod")
                .getLength(), "stories say when they changed");
        site.client().get("/sitemap-1.xml").assertStatus(404);
    }

    @Test
    void robotsKeepCrawlersOutOfPrivatePagesAndPointToTheSitemap() {
        Client.Reply robots = site.client().get("/robots.txt").assertStatus(200);
        assertEquals("text/plain;charset=UTF-8", robots.header("Content-Type"));
        assertTrue(robots.body().startsWith("User-agent: *\n"), robots.body());
        for (String path : List.of("/api/", "/admin", "/me/", "/search")) {
            assertTrue(robots.body().contains("\nDisallow: " + path + "\n"), robots.body());
        }
        assertTrue(robots.body().contains("\nSitemap: " + BASE + "sitemap.xml\n"), robots.body());
        assertFalse(robots.body().contains("Disallow: /\n"), robots.body());
    }

    @Test
    void pagesLinkTheSiteFeedAndSearch() {
        String home = site.client().get("/").assertStatus(200).body();
        assertTrue(home.contains("<link rel=\"alternate\" type=\"application/rss+xml\""), home);
        assertTrue(home.contains("action=\"/search\""), home);
    }
}
