package org.masthead.api.embed;

import java.net.URI;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The engine's server-side HTTP client, the only way an embed handler may reach the network. Every request goes
 * through the engine's guard against server-side request forgery: only http and https; the host is resolved once
 * and the connection made to that vetted address; private, loopback, link-local, shared (CGNAT), multicast,
 * unique-local and cloud metadata addresses are refused unless an operator allowed their network; every redirect
 * is checked again, and only a few are followed; connecting and reading are bounded in time; a response is cut off
 * at a size limit while it streams in; and its media type must be one the caller accepts.
 *
 * <p><b>Threading:</b> thread-safe; calls block until the response is read or refused. <b>Nullness:</b> never
 * returns {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface HttpFetcher {

    /**
     * GETs {@code url}, following redirects.
     *
     * @param url    an absolute http or https URL
     * @param accept the media types the caller can use, such as {@code application/json} or {@code image/*};
     *               a response of any other type is refused
     * @return the successful (2xx) response
     * @throws FetchException naming why nothing usable came back
     */
    FetchedResponse get(URI url, List<String> accept) throws FetchException;
}
