/** Feed ranking: the engine gathers candidate stories for a surface and a viewer, a {@link org.masthead.api.ranking.FeedRanker} orders them. */
package org.masthead.api.ranking;
