/**
 * Curation around the active {@link org.masthead.api.curation.CurationPolicy}: the signals of the automatic check
 * (reader reports, near-duplicates), the status machine, the curator queue, appeals, the review window and the
 * append-only trail of every decision.
 */
package org.masthead.engine.curation;
