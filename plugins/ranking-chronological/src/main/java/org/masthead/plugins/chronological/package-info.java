/** An alternative feed ranker that orders newest first with no engagement signals, proving rankers can be swapped. */
package org.masthead.plugins.chronological;
