/**
 * Membership: the plans an admin offers and the paid or comped periods people hold, which make them members (and
 * whose dues the payout run shares among the writers they read). Payment itself is a third party's job.
 */
package org.masthead.engine.membership;
