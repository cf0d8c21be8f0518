package org.masthead.plugins.embed;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.api.embed.EmbedHandler;
import org.masthead.api.embed.EmbedRequest;
import org.masthead.api.embed.EmbedResult;
import org.masthead.api.embed.FetchException;
import org.masthead.api.embed.FetchedResponse;
import org.masthead.api.plugin.ConfiguredBy;
import org.masthead.api.plugin.PluginContext;
import org.pf4j.Extension;

/**
 * The default embed handler. A URL of a known oEmbed provider (bundled {@code providers.json} and the admin's
 * extra providers) becomes what the provider's oEmbed endpoint describes: a player in an iframe becomes an embed
 * (YouTube's from its no-cookie domain), anything else a link card. Another page is searched for an oEmbed
 * discovery link, and failing that becomes a link card from its Open Graph or Twitter card metadata. A URL whose
 * provider or page cannot be fetched stays a plain link. Everything is fetched through the engine's
 * SSRF-guarded fetcher.
 */
@Extension
@ConfiguredBy(OEmbedConfig.class)
public class OEmbedHandler implements EmbedHandler {
    private static final List<String> PAGES = List.of("text/html", "application/xhtml+xml");
    private static final List<String> OEMBED = List.of("application/json", "application/json+oembed", "text/json");
    private static final double VIDEO_RATIO = 16.0 / 9;
    private static final int MAX_TEXT = 300;

    private final PluginContext context;

    public OEmbedHandler(PluginContext context) {
        this.context = context;
    }

    @Override
    public boolean supports(URI url) {
        String scheme = url.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                && url.getHost() != null && !url.getHost().isEmpty();
    }

    @Override
    public EmbedResult embed(EmbedRequest request) {
        URI url = request.url();
        if (!supports(url)) {
            return new EmbedResult.PlainLink(url);
        }
        OEmbedConfig config = context.config(OEmbedConfig.class);
        Optional<EmbedResult> result = Providers.find(url, config.extraProviders())
                .flatMap(endpoint -> oEmbed(request, endpoint.request(url), endpoint.provider()));
        if (result.isEmpty() && (config.discovery() || config.openGraph())) {
            result = fromPage(request, config);
        }
        return result.orElseGet(() -> new EmbedResult.PlainLink(url));
    }

    /** An oEmbed discovery link of the page, else its Open Graph card. */
    private Optional<EmbedResult> fromPage(EmbedRequest request, OEmbedConfig config) {
        FetchedResponse page;
        try {
            page = request.fetcher().get(request.url(), PAGES);
        } catch (FetchException e) {
            return Optional.empty();
        }
        Document document = Jsoup.parse(page.text(), page.url().toString());
        if (config.discovery()) {
            Element link = document.selectFirst("link[rel~=(?i)^alternate$][type=application/json+oembed][href]");
            Optional<EmbedResult> discovered = Optional.ofNullable(link).map(found -> uri(found.absUrl("href")))
                    .flatMap(endpoint -> oEmbed(request, endpoint, null));
            if (discovered.isPresent()) {
                return discovered;
            }
        }
        return config.openGraph() ? card(request.url(), document) : Optional.empty();
    }

    private Optional<EmbedResult> oEmbed(EmbedRequest request, URI endpoint, String provider) {
        if (endpoint == null) {
            return Optional.empty();
        }
        try {
            JsonElement json = JsonParser.parseString(request.fetcher().get(endpoint, OEMBED).text());
            return json.isJsonObject() ? Optional.of(fromOEmbed(request.url(), json.getAsJsonObject(), provider))
                    : Optional.empty();
        } catch (FetchException | JsonParseException e) {
            return Optional.empty();
        }
    }

    /** What an oEmbed response describes: a player in an iframe is an embed, anything else a card. */
    static EmbedResult fromOEmbed(URI url, JsonObject json, String knownProvider) {
        String provider = first(text(json, "provider_name"), knownProvider, siteName(url));
        String title = text(json, "title");
        String author = text(json, "author_name");
        URI thumbnail = uri(text(json, "thumbnail_url"));
        String type = text(json, "type");
        String html = text(json, "html");
        if ((type.equals("video") || type.equals("rich")) && !html.isBlank()) {
            Document player = Jsoup.parseBodyFragment(html);
            player.outputSettings().prettyPrint(false);
            Set<String> hosts = new LinkedHashSet<>();
            for (Element iframe : player.select("iframe[src]")) {
                URI src = uri(iframe.attr("src").startsWith("//") ? "https:" + iframe.attr("src") : iframe.attr("src"));
                if (src != null) {
                    URI privateSrc = FramePrivacy.rewrite(src);
                    iframe.attr("src", privateSrc.toString());
                    hosts.add(privateSrc.getHost().toLowerCase(Locale.ROOT));
                }
            }
            if (!hosts.isEmpty()) {
                return new EmbedResult.Embed(url, provider, title, author, thumbnail, player.body().html(),
                        ratio(json), hosts);
            }
            // A player made of a script (X's posts): its text makes a card, and no script ever runs.
            return new EmbedResult.LinkCard(url, clip(first(title, author, url.toString())), clip(player.text()),
                    thumbnail, provider);
        }
        if (type.equals("photo")) {
            return new EmbedResult.LinkCard(url, clip(first(title, url.toString())), clip(author),
                    uri(text(json, "url")), provider);
        }
        return new EmbedResult.LinkCard(url, clip(first(title, url.toString())), "", thumbnail, provider);
    }

    /** A card from the page's Open Graph or Twitter card metadata, or its title; none for a page without title. */
    static Optional<EmbedResult> card(URI url, Document page) {
        String title = first(meta(page, "og:title"), meta(page, "twitter:title"), page.title());
        if (title.isBlank()) {
            return Optional.empty();
        }
        String description = first(meta(page, "og:description"), meta(page, "twitter:description"),
                meta(page, "description"));
        URI image = uri(first(metaUrl(page, "og:image:secure_url"), metaUrl(page, "og:image"),
                metaUrl(page, "twitter:image"), metaUrl(page, "twitter:image:src")));
        return Optional.of(new EmbedResult.LinkCard(url, clip(title), clip(description), image,
                first(meta(page, "og:site_name"), siteName(url))));
    }

    private static String meta(Document page, String key) {
        Element meta = metaElement(page, key);
        return meta == null ? "" : meta.attr("content").strip();
    }

    private static String metaUrl(Document page, String key) {
        Element meta = metaElement(page, key);
        return meta == null ? "" : meta.absUrl("content");
    }

    private static Element metaElement(Document page, String key) {
        return page.selectFirst("meta[property=\"" + key + "\"][content], meta[name=\"" + key + "\"][content]");
    }

    private static double ratio(JsonObject json) {
        double width = number(json, "width");
        double height = number(json, "height");
        return width > 0 && height > 0 ? width / height : VIDEO_RATIO;
    }

    private static double number(JsonObject json, String field) {
        try {
            return Double.parseDouble(text(json, field));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString().strip() : "";
    }

    /** An absolute http(s) URL, or {@code null}. */
    private static URI uri(String text) {
        try {
            URI uri = text == null || text.isBlank() ? null : new URI(text.strip());
            boolean web = uri != null && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
            return web ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String siteName(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring("www.".length()) : host;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }

    private static String clip(String text) {
        String collapsed = text.replaceAll("\\s+", " ").strip();
        return collapsed.length() <= MAX_TEXT ? collapsed : collapsed.substring(0, MAX_TEXT - 1).strip() + "…";
    }
}
