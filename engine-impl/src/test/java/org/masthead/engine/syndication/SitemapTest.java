package org.masthead.engine.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SitemapTest {
    private static List<Sitemap.Url> urls(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new Sitemap.Url("https://x.org/" + i, null)).toList();
    }

    @Test
    void splitsIntoSitemapsOfAtMostTheLimit() {
        assertEquals(List.of(List.of()), Sitemap.split(List.of(), 3));
        assertEquals(List.of(urls(3)), Sitemap.split(urls(3), 3));
        List<List<Sitemap.Url>> split = Sitemap.split(urls(7), 3);
        assertEquals(List.of(3, 3, 1), split.stream().map(List::size).toList());
        assertEquals("https://x.org/4", split.get(1).get(0).location());
        assertEquals(50_000, Sitemap.MAX_URLS);
    }

    @Test
    void writesUrlsetsAndIndexesInTheSitemapsFormat() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://x.org/a?b=1&amp;c=2</loc><lastmod>2026-03-01T10:20:30Z</lastmod></url>"
                + "<url><loc>https://x.org/@ana</loc></url></urlset>",
                Sitemap.urlset(List.of(new Sitemap.Url("https://x.org/a?b=1&c=2", Instant.parse("2026-03-01T10:20:30.456Z")),
                        new Sitemap.Url("https://x.org/@ana", null))));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://x.org/sitemap-1.xml</loc></sitemap>"
                + "<sitemap><loc>https://x.org/sitemap-2.xml</loc></sitemap></sitemapindex>",
                Sitemap.index(List.of("https://x.org/sitemap-1.xml", "https://x.org/sitemap-2.xml")));
    }
}
