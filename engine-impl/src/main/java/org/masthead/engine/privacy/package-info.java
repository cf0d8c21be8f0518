/**
 * Privacy: the data map (every table and file store that holds data about a person, declared), the public privacy
 * page generated from it with the active {@code PrivacyCompliance} plugin's rules.
 */
package org.masthead.engine.privacy;
