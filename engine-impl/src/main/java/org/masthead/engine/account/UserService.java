package org.masthead.engine.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.web.ApiException;

/** People's accounts: sign-up, password checks, lookups, and the first admin. */
@ApplicationScoped
public class UserService {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_]{3,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 200;

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
     * Generated credentials of the first admin.
     *
     * @param email    email
     * @param password password, shown once
     */
    public record Credentials(String email, String password) {
    }

    private final Database database;
    private final UserMapper users;
    private final Clock clock;

    @Inject
    public UserService(Database database, Clock clock) {
        this.database = database;
        this.users = database.mapper(UserMapper.class);
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
        String email = required(request.email(), "email").toLowerCase(Locale.ROOT);
        String username = required(request.username(), "username").toLowerCase(Locale.ROOT);
        String displayName = required(request.displayName(), "displayName");
        String password = request.password() == null ? "" : request.password();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw ApiException.badRequest("invalid_email", "email is not a valid address");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("invalid_username",
                    "username must be 3 to 30 letters, digits or underscores");
        }
        if (displayName.length() > 100) {
            throw ApiException.badRequest("invalid_display_name", "displayName is longer than 100 characters");
        }
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
            return users.byPublicId(publicId);
        });
    }

    /** The account with this email and password, if they match. */
    public Optional<UserRow> authenticate(String email, String password) {
        if (email == null || password == null || password.length() > MAX_PASSWORD) {
            return Optional.empty();
        }
        UserRow user = users.byEmail(email.trim().toLowerCase(Locale.ROOT));
        return user != null && Passwords.matches(password, user.passwordHash()) ? Optional.of(user) : Optional.empty();
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

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing_" + field, field + " is required");
        }
        return value.trim();
    }
}
