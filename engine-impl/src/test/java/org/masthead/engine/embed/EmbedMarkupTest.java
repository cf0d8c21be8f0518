package org.masthead.engine.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmbedMarkupTest {
    private final EmbedMarkup markup = new EmbedMarkup(EmbedSettings.origins(
            "https://www.youtube-nocookie.com, https://player.vimeo.com, http://127.0.0.1:8081"));

    private static EmbedMapper.CachedRow row(String kind, String frameSrc, Long thumbnailId) {
        return new EmbedMapper.CachedRow(kind, "https://www.youtube.com/watch?v=abc&t=1", "YouTube",
                "Cats <3", "Ana", "A \"quoted\" page", frameSrc, 16.0 / 9, thumbnailId,
                thumbnailId == null ? null : "0123456789ab", thumbnailId == null ? null : "image/jpeg", 480, 270);
    }

    @Test
    void keepsTheFirstAllowedFrameAndDropsScriptsAndOtherHosts() {
        String html = "<script>alert(1)</script><iframe src=\"https://evil.example/x\"></iframe>"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc?a=1&amp;b=2\" onload=\"steal()\"></iframe>";

        assertEquals(Optional.of("https://www.youtube-nocookie.com/embed/abc?a=1&b=2"),
                markup.frameSource(html, Set.of("www.youtube-nocookie.com", "evil.example")));
    }

    @Test
    void aFrameMustBeOnADeclaredHostAndAnAllowedOrigin() {
        String youtube = "<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>";
        String vimeo = "<iframe src=\"//player.vimeo.com/video/1\"></iframe>";

        assertEquals(Optional.empty(), markup.frameSource(youtube, Set.of("www.youtube.com")),
                "youtube.com is not in the site's frame origins");
        assertEquals(Optional.empty(), markup.frameSource(vimeo, Set.of("www.youtube-nocookie.com")),
                "the handler did not declare player.vimeo.com");
        assertEquals(Optional.of("https://player.vimeo.com/video/1"), markup.frameSource(vimeo,
                Set.of("player.vimeo.com")));
        assertEquals(Optional.empty(), markup.frameSource("<iframe src=\"http://player.vimeo.com/video/1\"></iframe>",
                Set.of("player.vimeo.com")), "the origin includes the scheme");
        assertEquals(Optional.of("http://127.0.0.1:8081/embed/1"), markup.frameSource(
                "<iframe src=\"http://127.0.0.1:8081/embed/1\"></iframe>", Set.of("127.0.0.1")));
        assertEquals(Optional.empty(), markup.frameSource("<p>no frame</p>", Set.of("player.vimeo.com")));
    }

    @Test
    void anEmbedIsAClickToLoadPlaceholder() {
        assertEquals("<figure class=\"embed\" data-embed-src=\"https://www.youtube-nocookie.com/embed/abc?a&#61;1&amp;b&#61;2\""
                        + " data-embed-provider=\"YouTube\" data-embed-ratio=\"1.7778\"><div class=\"embed-frame\">"
                        + "<img class=\"embed-thumbnail\" src=\"/embeds/thumbnails/0123456789ab.jpg\" alt=\"\""
                        + " width=\"480\" height=\"270\" /></div><figcaption><strong class=\"embed-title\">Cats &lt;3</strong>"
                        + "<span class=\"embed-author\">Ana</span><span class=\"embed-provider\">YouTube</span>"
                        + "<span class=\"embed-notice\">Loading this sends data about you, such as your IP address, to"
                        + " YouTube. <a href=\"/privacy\" rel=\"nofollow noopener ugc\">Privacy policy</a></span>"
                        + "<a href=\"https://www.youtube.com/watch?v&#61;abc&amp;t&#61;1\""
                        + " rel=\"nofollow noopener ugc\">Open on YouTube</a></figcaption></figure>",
                markup.html(row("EMBED", "https://www.youtube-nocookie.com/embed/abc?a=1&b=2", 7L)));
    }

    @Test
    void aFrameOutsideTheAllowlistNeverReachesTheMarkup() {
        String html = markup.html(row("EMBED", "https://evil.example/x", null));

        assertEquals("<figure class=\"embed\" data-embed-provider=\"YouTube\" data-embed-ratio=\"1.7778\">", 
                html.substring(0, html.indexOf("<div")));
    }

    @Test
    void aCardAndAPlainLink() {
        assertEquals("<figure class=\"link-card\"><a href=\"https://www.youtube.com/watch?v&#61;abc&amp;t&#61;1\""
                        + " rel=\"nofollow noopener ugc\"><span class=\"link-card-text\"><strong class=\"link-card-title\">"
                        + "Cats &lt;3</strong><span class=\"link-card-description\">A &#34;quoted&#34; page</span>"
                        + "<span class=\"link-card-site\">YouTube</span></span></a></figure>",
                markup.html(row("CARD", null, null)));
        assertEquals("<p><a href=\"https://www.youtube.com/watch?v&#61;abc&amp;t&#61;1\" rel=\"nofollow noopener ugc\">"
                        + "https://www.youtube.com/watch?v&#61;abc&amp;t&#61;1</a></p>",
                markup.html(row("LINK", null, null)));
    }
}
