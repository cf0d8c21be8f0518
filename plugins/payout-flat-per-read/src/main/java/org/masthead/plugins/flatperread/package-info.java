/** An alternative payout model that pays every qualifying read the same, proving payout models can be swapped. */
package org.masthead.plugins.flatperread;
