/** The default privacy rules: GDPR legal bases and retention, 14-day erasure, consent and the CCPA opt-out of sale. */
package org.masthead.plugins.privacy;
