package org.masthead.engine.plugin;

import java.net.URI;
import org.masthead.api.embed.EmbedHandler;
import org.masthead.api.embed.EmbedRequest;
import org.masthead.api.embed.EmbedResult;

/**
 * The chain of enabled {@link EmbedHandler}s, guarded: the first that supports a URL handles it, and a URL no
 * handler supports, or whose handler fails, stays a plain link.
 */
final class GuardedEmbedHandler implements EmbedHandler {
    private final PluginHost host;
    private final Guard guard;

    GuardedEmbedHandler(PluginHost host, Guard guard) {
        this.host = host;
        this.guard = guard;
    }

    @Override
    public boolean supports(URI url) {
        return true;
    }

    @Override
    public EmbedResult embed(EmbedRequest request) {
        for (LoadedExtension<EmbedHandler> handler : host.extensions(EmbedHandler.class)) {
            boolean supported = guard.call(EmbedHandler.class, handler,
                    extension -> extension.supports(request.url()), () -> false);
            if (supported) {
                return guard.call(EmbedHandler.class, handler, extension -> checked(request, extension.embed(request)),
                        () -> new EmbedResult.PlainLink(request.url()));
            }
        }
        return new EmbedResult.PlainLink(request.url());
    }

    private static EmbedResult checked(EmbedRequest request, EmbedResult result) {
        if (result == null || !request.url().equals(result.url())) {
            throw new IllegalStateException("contract: the result must be for " + request.url());
        }
        return result;
    }
}
