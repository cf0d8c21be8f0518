/**
 * Embeds: the SSRF-guarded fetcher plugins get, resolving pasted URLs into click-to-load embeds, link cards or
 * links through the embed handlers, the database cache of those resolutions, and the thumbnails the site serves.
 */
package org.masthead.engine.embed;
