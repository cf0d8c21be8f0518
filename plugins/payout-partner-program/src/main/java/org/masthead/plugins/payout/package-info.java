/** The default payout model, Medium's Partner Program, for now splitting dues by qualifying reading time. */
package org.masthead.plugins.payout;
