/** Feeds: candidate stories for each surface, ordered by the active ranker. */
package org.masthead.engine.feed;
