package org.masthead.engine.publication;

/** A person's role in a publication, in Medium's terms. */
public enum PublicationRole {
    OWNER, EDITOR, WRITER
}
