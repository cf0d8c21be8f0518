/**
 * The default embed handler: oEmbed providers (a bundled providers.json, extensible by the admin), oEmbed
 * discovery, and Open Graph link cards, all fetched through the engine's SSRF-guarded fetcher.
 */
package org.masthead.plugins.embed;
