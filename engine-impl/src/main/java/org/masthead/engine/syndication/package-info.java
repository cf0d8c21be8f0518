/** Syndication: RSS and Atom feeds of the site, its writers, publications and tags; the sitemap and robots.txt. */
package org.masthead.engine.syndication;
