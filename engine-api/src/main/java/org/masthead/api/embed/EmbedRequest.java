package org.masthead.api.embed;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One URL to embed.
 *
 * @param url the URL as the writer pasted it (http or https)
 * @param now the engine's clock
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EmbedRequest(URI url, Instant now) {
    public EmbedRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(now, "now");
    }
}
