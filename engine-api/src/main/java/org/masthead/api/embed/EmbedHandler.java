package org.masthead.api.embed;

import java.net.URI;
import org.apiguardian.api.API;
import org.masthead.api.plugin.Dispatch;
import org.pf4j.ExtensionPoint;

/**
 * Turns a URL a writer pasted on its own line into an embed or a link card.
 *
 * <p><b>When:</b> at save time, once per such URL; the engine stores the result in the story's HTML (after its
 * sanitizer has checked any embed HTML against the iframe host allowlist), and again when an admin refreshes
 * embeds. Enabled handlers are asked in the admin's order: the first whose {@link #supports} is true handles the
 * URL, and a URL that no handler supports stays a plain link. The engine caches results for a while, downloads
 * thumbnails and images itself and serves them from the site, and shows an {@link EmbedResult.Embed} only as a
 * click-to-load placeholder until the reader consents, so a handler never decides what readers' browsers load.
 *
 * <p><b>I/O:</b> only through {@link EmbedRequest#fetcher()}, the engine's SSRF-guarded HTTP client; a handler
 * never opens sockets of its own. The whole call is bounded by the time budget of {@link Dispatch}.
 *
 * <p><b>Threading:</b> called concurrently; keep no mutable state. <b>Construction:</b> a public no-argument
 * constructor, or one taking a {@link org.masthead.api.plugin.PluginContext}. <b>Nullness:</b> never returns
 * {@code null}; return {@link EmbedResult.PlainLink} when nothing better can be made.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Dispatch(value = Dispatch.Mode.ORDERED_FIRST_MATCH, budgetMillis = 5000)
public interface EmbedHandler extends ExtensionPoint {

    /** Whether this handler handles {@code url}; must be cheap and must not do I/O. */
    boolean supports(URI url);

    /**
     * Makes the embed, link card or plain link for a supported URL. A provider that cannot be reached, or answers
     * with nothing usable, makes a {@link EmbedResult.PlainLink}, so a gone provider degrades to a link.
     */
    EmbedResult embed(EmbedRequest request);
}
