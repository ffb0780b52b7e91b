package dev.portcullis.persistence.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** Bcrypt hashing of local account passwords, in Modular Crypt Format ({@code $2a$12$…}). */
public final class PasswordHashes {

    public static final int COST = 12;

    private PasswordHashes() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(char[] password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            return factory.verify(factory.translate(stored), password);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
