/** The reader site: server-rendered Velocity pages over view records, escaped by default. */
package org.masthead.engine.site;
