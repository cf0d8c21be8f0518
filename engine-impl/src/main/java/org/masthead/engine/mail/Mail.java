package org.masthead.engine.mail;

/**
 * A mail as written, before it is addressed and sent.
 *
 * @param subject subject line
 * @param text    the plain-text part
 * @param html    the HTML part
 */
public record Mail(String subject, String text, String html) {
}
