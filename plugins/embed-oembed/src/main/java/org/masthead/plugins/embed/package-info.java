/** The default embed handler, which will speak oEmbed and Open Graph and for now makes a card from the URL alone. */
package org.masthead.plugins.embed;
