/** The default feed ranker, which will grow into Medium's distribution and for now orders newest first. */
package org.masthead.plugins.ranking;
