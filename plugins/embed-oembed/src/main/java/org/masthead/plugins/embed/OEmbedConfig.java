package org.masthead.plugins.embed;

import org.masthead.api.plugin.Setting;

/**
 * Settings of the default embed handler.
 *
 * @param extraProviders oEmbed providers to add, as a JSON array in the format of oembed.com's
 *                       {@code providers.json}; they are matched before the bundled ones, so they can also
 *                       replace a bundled provider's endpoint
 * @param discovery      whether pages of other sites are searched for an oEmbed discovery link
 * @param openGraph      whether other pages become link cards from their Open Graph or Twitter card metadata
 */
public record OEmbedConfig(
        @Setting("Extra oEmbed providers: a JSON array in the providers.json format") String extraProviders,
        @Setting("Look for oEmbed discovery links in pages of other sites") boolean discovery,
        @Setting("Make link cards from Open Graph and Twitter card metadata") boolean openGraph) {
    public OEmbedConfig {
        Providers.parse(extraProviders);
    }

    /** The defaults: no extra provider, discovery and link cards on. */
    public OEmbedConfig() {
        this("[]", true, true);
    }
}
