package org.masthead.engine.account;

/** A person's role on the staff of the site; everyone else is {@link #NONE}. */
public enum StaffRole {
    NONE, CURATOR, ADMIN
}
