package org.masthead.engine.publication;

import java.util.EnumSet;
import java.util.Set;

/**
 * Medium's permission matrix for publications: who may do what. Only the owner deletes the publication and
 * manages editors; owner and editors manage writers, settings and submissions, see the publication's stats, feature posts
 * and may edit or remove any post; writers submit their own posts and edit or remove only those. (Newsletters join
 * the matrix with mail.)
 */
public enum Permission {
    DELETE_PUBLICATION(PublicationRole.OWNER),
    MANAGE_EDITORS(PublicationRole.OWNER),
    MANAGE_WRITERS(PublicationRole.OWNER, PublicationRole.EDITOR),
    EDIT_SETTINGS(PublicationRole.OWNER, PublicationRole.EDITOR),
    VIEW_STATS(PublicationRole.OWNER, PublicationRole.EDITOR),
    DECIDE_SUBMISSIONS(PublicationRole.OWNER, PublicationRole.EDITOR),
    EDIT_ANY_POST(PublicationRole.OWNER, PublicationRole.EDITOR),
    FEATURE_POSTS(PublicationRole.OWNER, PublicationRole.EDITOR),
    PUBLISH_DIRECTLY(PublicationRole.OWNER, PublicationRole.EDITOR),
    NOMINATE_FOR_BOOST(PublicationRole.OWNER, PublicationRole.EDITOR),
    SUBMIT_POSTS(PublicationRole.OWNER, PublicationRole.EDITOR, PublicationRole.WRITER);

    private final Set<PublicationRole> roles;

    Permission(PublicationRole first, PublicationRole... more) {
        this.roles = EnumSet.of(first, more);
    }

    /** Whether {@code role} (possibly {@code null}: not a contributor) has this permission. */
    public boolean grantedTo(PublicationRole role) {
        return role != null && roles.contains(role);
    }
}
