/** The audit log: every admin and curator action, with what changed. */
package org.masthead.engine.audit;
