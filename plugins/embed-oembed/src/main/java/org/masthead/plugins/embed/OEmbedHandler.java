package org.masthead.plugins.embed;

import java.net.URI;
import java.util.Locale;
import org.masthead.api.embed.EmbedHandler;
import org.masthead.api.embed.EmbedRequest;
import org.masthead.api.embed.EmbedResult;
import org.pf4j.Extension;

/**
 * The default embed handler. For now it turns any http(s) URL into a link card built from the URL alone, because it
 * must not open sockets itself: fetching oEmbed and Open Graph data waits for the engine's SSRF-guarded fetch port.
 */
@Extension
public class OEmbedHandler implements EmbedHandler {

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
        String host = url.getHost().toLowerCase(Locale.ROOT);
        String siteName = host.startsWith("www.") ? host.substring("www.".length()) : host;
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
        return new EmbedResult.LinkCard(url, host + path, "", null, siteName);
    }
}
