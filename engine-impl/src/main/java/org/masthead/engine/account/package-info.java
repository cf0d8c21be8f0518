/** Accounts: sign-up, passwords, sessions and the first admin. */
package org.masthead.engine.account;
