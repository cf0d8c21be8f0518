package org.masthead.api.embed;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One URL to embed.
 *
 * @param url     the URL as the writer pasted it (http or https)
 * @param now     the engine's clock
 * @param fetcher the engine's SSRF-guarded HTTP client, the only way the handler may fetch oEmbed data, pages or
 *                anything else
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EmbedRequest(URI url, Instant now, HttpFetcher fetcher) {
    public EmbedRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(fetcher, "fetcher");
    }
}
