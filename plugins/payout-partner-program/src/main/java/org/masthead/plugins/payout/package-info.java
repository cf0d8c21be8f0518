/** The default payout model, Medium's Partner Program: dues split by member reading time and engagement. */
package org.masthead.plugins.payout;
