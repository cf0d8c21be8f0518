/** Embeds: turning a URL pasted on its own line into a consent-gated embed, a link card or a plain link. */
package org.masthead.api.embed;
