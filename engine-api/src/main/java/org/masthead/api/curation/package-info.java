/** Curation: the Distribution Standards check at publish, human review, the review window and Boost. */
package org.masthead.api.curation;
