/** Privacy compliance: the legal basis and retention of every data set, erasure plans and consent decisions. */
package org.masthead.api.privacy;
