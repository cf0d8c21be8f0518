/**
 * Outgoing mail: an outbox of mails written when they are sent, an SMTP sender job with retries, mailing lists and
 * per-person preferences, one-click unsubscribe, and the newsletter that tells followers about a new story.
 */
package org.masthead.engine.mail;
