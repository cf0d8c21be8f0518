package org.masthead.engine.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id password hashes, with OWASP's recommended parameters (19 MiB, 2 iterations, 1 lane). */
final class Passwords {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

    private Passwords() {
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    static boolean matches(String password, String hash) {
        return Password.check(password, hash).with(ARGON2);
    }
}
