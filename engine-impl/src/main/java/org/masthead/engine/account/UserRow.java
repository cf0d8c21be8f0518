package org.masthead.engine.account;

import java.time.Instant;

/** A row of {@code app_user}. */
public record UserRow(long id, String publicId, String username, String email, String displayName, String bio,
                      String passwordHash, String staffRole, Instant createdAt, Long avatarImageId,
                      Instant suspendedAt, String suspensionNote) {

    public StaffRole role() {
        return StaffRole.valueOf(staffRole);
    }

    public boolean suspended() {
        return suspendedAt != null;
    }
}
