/**
 * Notifications: new followers, responses, daily clap summaries, publication decisions and Boosts, listed in the
 * app and mailed to those who want them by mail.
 */
package org.masthead.engine.notification;
