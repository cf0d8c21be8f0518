/** The default feed ranker: Medium's distribution tiers, engagement quality, topic matching, Boost and new writers. */
package org.masthead.plugins.ranking;
