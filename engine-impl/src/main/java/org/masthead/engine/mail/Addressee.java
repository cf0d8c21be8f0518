package org.masthead.engine.mail;

/**
 * Who a mail goes to, and the links every mail's footer carries.
 *
 * @param address        email address
 * @param name           display name
 * @param unsubscribeUrl one-click unsubscribe link of the mail's list; {@code null} for administrative mail
 * @param preferencesUrl link to the person's mail preferences, signed in by the link itself
 */
public record Addressee(String address, String name, String unsubscribeUrl, String preferencesUrl) {
}
