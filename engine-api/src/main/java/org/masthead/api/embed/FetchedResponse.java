package org.masthead.api.embed;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A successful response of the {@link HttpFetcher}.
 *
 * @param url       the URL that answered, after redirects
 * @param mediaType its media type in lower case, without parameters, such as {@code text/html}
 * @param charset   the charset its {@code Content-Type} names, or UTF-8
 * @param body      its body, complete and within the engine's size limit; callers must not modify it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FetchedResponse(URI url, String mediaType, Charset charset, byte[] body) {
    public FetchedResponse {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(body, "body");
    }

    /** The body decoded with its charset. */
    public String text() {
        return new String(body, charset);
    }
}
