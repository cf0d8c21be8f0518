package org.masthead.engine.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.jobs.Outbox;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.web.ApiException;

/** People's accounts: sign-up, profiles and avatars, password checks, lookups, and the first admin. */
@ApplicationScoped
public class UserService {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_]{3,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 200;
    private static final int MAX_SUSPENSION_NOTE = 1000;
    private static final int MAX_DISPLAY_NAME = 100;
    private static final int MAX_BIO = 500;

    /**
     * What a new account needs.
     *
     * @param email       email address
     * @param username    username (3–30 of a–z, 0–9, _), case-insensitive
     * @param displayName name shown on stories
     * @param password    password (10–200 characters)
     */
    public record SignUp(String email, String username, String displayName, String password) {
    }

    /**
     * Changes to a profile; a field left out stays as it is. The email address is not among them: changing it
     * needs a confirmation mail to the new address.
     *
     * @param displayName name shown on stories (1–100 characters)
     * @param username    username (3–30 of a–z, 0–9, _), case-insensitive
     * @param bio         a few words about oneself (up to 500 characters; empty removes it)
     */
    public record ProfileEdit(String displayName, String username, String bio) {
    }

    /**
     * Generated credentials of the first admin.
     *
     * @param email    email
     * @param password password, shown once
     */
    public record Credentials(String email, String password) {
    }

    private final Database database;
    private final AuditLog audit;
    private final UserMapper users;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public UserService(Database database, Outbox outbox, Clock clock, AuditLog audit) {
        this.database = database;
        this.audit = audit;
        this.users = database.mapper(UserMapper.class);
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Creates an account.
     *
     * @throws ApiException 400 for invalid fields, 409 if the username or email is taken
     */
    public UserRow signUp(SignUp request) {
        return create(request, StaffRole.NONE);
    }

    private UserRow create(SignUp request, StaffRole role) {
        String email = email(request.email());
        String username = username(request.username());
        String displayName = displayName(request.displayName());
        String password = request.password() == null ? "" : request.password();
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ApiException.badRequest("invalid_password",
                    "password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        String hash = Passwords.hash(password);
        return database.inTransaction(() -> {
            if (users.countTaken(username, email) > 0) {
                throw ApiException.conflict("account_exists", "that username or email is already registered");
            }
            String publicId = PublicIds.next();
            users.insert(publicId, username, email, displayName, hash, role.name(), clock.instant());
            UserRow created = users.byPublicId(publicId);
            outbox.append(OutboxEvent.USER_CHANGED, created.id());
            return created;
        });
    }

    /**
     * Changes {@code userId}'s profile.
     *
     * @throws ApiException 400 for invalid fields (with the same rules as at sign-up), 409 {@code username_taken}
     */
    public UserRow editProfile(long userId, ProfileEdit edit) {
        String displayName = edit.displayName() == null ? null : displayName(edit.displayName());
        String username = edit.username() == null ? null : username(edit.username());
        String bio = edit.bio() == null ? null : bio(edit.bio());
        return database.inTransaction(() -> {
            UserRow current = byId(userId).orElseThrow(ApiException::unauthorized);
            if (username != null && users.countOthersNamed(username, userId) > 0) {
                throw ApiException.conflict("username_taken", "the username '" + username + "' is taken");
            }
            users.updateProfile(userId, displayName == null ? current.displayName() : displayName,
                    username == null ? current.username() : username, bio == null ? current.bio() : bio);
            outbox.append(OutboxEvent.USER_CHANGED, userId);
            return users.byId(userId);
        });
    }

    /**
     * Makes {@code imageId} the user's avatar, or removes the avatar when it is {@code null}.
     *
     * @return the avatar image this replaces, if there was one
     */
    public Optional<Long> replaceAvatar(long userId, Long imageId) {
        return database.inTransaction(() -> {
            // Lock first: of two changes at once, the second then sees the first's image as the one it replaces,
            // and no avatar image is left behind unreferenced.
            users.lock(userId);
            UserRow current = byId(userId).orElseThrow(ApiException::unauthorized);
            users.setAvatar(userId, imageId);
            return Optional.ofNullable(current.avatarImageId());
        });
    }

    /**
     * Whether {@code userId} is a paying member at {@code at}: until the membership feature's {@code member_until}
     * (which only it sets).
     */
    public boolean isMember(long userId, Instant at) {
        Long until = users.memberUntil(userId);
        return until != null && until > at.toEpochMilli();
    }

    /** The account with this email and password, if they match. */
    public Optional<UserRow> authenticate(String email, String password) {
        if (email == null || password == null || password.length() > MAX_PASSWORD) {
            return Optional.empty();
        }
        UserRow user = users.byEmail(email.trim().toLowerCase(Locale.ROOT));
        return user != null && Passwords.matches(password, user.passwordHash()) ? Optional.of(user) : Optional.empty();
    }

    /**
     * People for the console, newest first, optionally those whose username, email or name contains
     * {@code query}.
     */
    public List<UserRow> search(String query, int offset, int limit) {
        String pattern = query == null || query.isBlank() ? null
                : "%" + query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return users.search(pattern, offset, limit);
    }

    /** How many accounts exist. */
    public long count() {
        return users.countAll();
    }

    /**
     * Makes the person with public id {@code userId} a curator, an admin or neither: {@code admin}'s decision,
     * audited.
     *
     * @throws ApiException 404 for an unknown person; 409 {@code last_admin} when it would leave no admin
     * @return the person with their new role
     */
    public UserRow setStaffRole(CurrentUser admin, String userId, StaffRole role) {
        return database.inTransaction(() -> {
            UserRow user = byPublicId(userId).orElseThrow(() -> ApiException.notFound("person"));
            if (user.role() == StaffRole.ADMIN && role != StaffRole.ADMIN && users.countAdmins() == 1) {
                throw ApiException.conflict("last_admin", "the site needs at least one admin");
            }
            users.setStaffRole(user.id(), role.name());
            audit.record(admin, "user.role", user.username(), user.role().name().toLowerCase(Locale.ROOT) + " → "
                    + role.name().toLowerCase(Locale.ROOT));
            return users.byId(user.id());
        });
    }

    /**
     * Staff suspend an account: it is signed out everywhere, cannot sign in or use its tokens, and its profile and
     * stories are hidden; {@code note} is what its owner is told on signing in (why, and how to appeal). Audited.
     *
     * @throws ApiException 400 {@code missing_note} or {@code note_too_long}; 404 for an unknown person; 409
     *                      {@code staff_account} for a curator or admin (take the role away first)
     */
    public UserRow suspend(CurrentUser staff, String userId, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw ApiException.badRequest("missing_note", "tell the person why, and how to appeal");
        }
        if (text.length() > MAX_SUSPENSION_NOTE) {
            throw ApiException.badRequest("note_too_long", "the note is longer than " + MAX_SUSPENSION_NOTE
                    + " characters");
        }
        return database.inTransaction(() -> {
            UserRow user = byPublicId(userId).orElseThrow(() -> ApiException.notFound("person"));
            if (user.role() != StaffRole.NONE) {
                throw ApiException.conflict("staff_account", "curators and admins cannot be suspended; take the role"
                        + " away first");
            }
            users.setSuspension(user.id(), clock.instant(), text);
            database.mapper(SessionMapper.class).deleteAll(user.id());
            outbox.append(OutboxEvent.USER_CHANGED, user.id());
            audit.record(staff, "user.suspend", user.username(), text);
            return users.byId(user.id());
        });
    }

    /** Staff lift a suspension; audited. 404 for an unknown person. */
    public UserRow unsuspend(CurrentUser staff, String userId) {
        return database.inTransaction(() -> {
            UserRow user = byPublicId(userId).orElseThrow(() -> ApiException.notFound("person"));
            if (user.suspended()) {
                users.setSuspension(user.id(), null, null);
                outbox.append(OutboxEvent.USER_CHANGED, user.id());
                audit.record(staff, "user.unsuspend", user.username(), "");
            }
            return users.byId(user.id());
        });
    }

    public Optional<UserRow> byUsername(String username) {
        return Optional.ofNullable(users.byUsername(username.toLowerCase(Locale.ROOT)));
    }

    public Optional<UserRow> byPublicId(String publicId) {
        return Optional.ofNullable(users.byPublicId(publicId));
    }

    public Optional<UserRow> byId(long id) {
        return Optional.ofNullable(users.byId(id));
    }

    /** The accounts with these database ids, in no particular order. */
    public List<UserRow> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : users.byIds(ids);
    }

    /**
     * Creates the first admin if there is none: with the given credentials, or with a generated password that is
     * returned so the caller can show it once.
     *
     * @return the generated credentials, or empty when an admin exists or the password was given
     */
    public Optional<Credentials> bootstrapAdmin(String email, String password) {
        if (users.countAdmins() > 0) {
            return Optional.empty();
        }
        String adminEmail = email == null || email.isBlank() ? "admin@masthead.localhost" : email;
        boolean generate = password == null || password.isBlank();
        String adminPassword = generate ? PublicIds.token(12) : password;
        create(new SignUp(adminEmail, "admin", "Administrator", adminPassword), StaffRole.ADMIN);
        return generate ? Optional.of(new Credentials(adminEmail, adminPassword)) : Optional.empty();
    }

    /**
     * An email address as accounts store it: trimmed and in lower case.
     *
     * @throws ApiException 400 {@code missing_email} or {@code invalid_email}
     */
    public static String email(String value) {
        String email = required(value, "email").toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw ApiException.badRequest("invalid_email", "email is not a valid address");
        }
        return email;
    }

    /** Whether an account has the address {@code email} (as {@link #email} normalizes it). */
    public boolean emailTaken(String email) {
        return users.byEmail(email) != null;
    }

    /**
     * Gives {@code userId} the address {@code email}, confirmed by its owner.
     *
     * @throws ApiException 409 {@code email_taken} when another account has it
     */
    public void changeEmail(long userId, String email) {
        try {
            DuplicateKeys.inTransaction(database, () -> {
                UserRow holder = users.byEmail(email);
                if (holder != null && holder.id() != userId) {
                    throw emailTaken();
                }
                users.updateEmail(userId, email);
            });
        } catch (RuntimeException e) {
            // The unique key settles two accounts confirming the same new address at once.
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw emailTaken();
            }
            throw e;
        }
    }

    private static ApiException emailTaken() {
        return ApiException.conflict("email_taken", "another account uses that email address");
    }

    private static String username(String value) {
        String username = required(value, "username").toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("invalid_username",
                    "username must be 3 to 30 letters, digits or underscores");
        }
        return username;
    }

    private static String displayName(String value) {
        String displayName = required(value, "displayName");
        if (displayName.length() > MAX_DISPLAY_NAME) {
            throw ApiException.badRequest("invalid_display_name",
                    "displayName is longer than " + MAX_DISPLAY_NAME + " characters");
        }
        return displayName;
    }

    private static String bio(String value) {
        String bio = value.strip();
        if (bio.length() > MAX_BIO) {
            throw ApiException.badRequest("invalid_bio", "bio is longer than " + MAX_BIO + " characters");
        }
        return bio;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing_" + field, field + " is required");
        }
        return value.trim();
    }
}
