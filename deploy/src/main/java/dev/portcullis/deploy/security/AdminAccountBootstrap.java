package dev.portcullis.deploy.security;

import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.account.GrantColumns;
import dev.portcullis.persistence.account.PasswordHashes;
import dev.portcullis.persistence.account.UserAccountEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Creates the local {@code admin} account on first start, with the password from {@code PORTCULLIS_ADMIN_PASSWORD}
 * or, when unset, a generated one that is logged this one time. Only the bcrypt hash is stored. The account is ADMIN over all tenants.
 */
@ApplicationScoped
public class AdminAccountBootstrap {

    static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int MIN_LENGTH = 12;

    private final AdminConfig config;

    AdminAccountBootstrap(AdminConfig config) {
        this.config = config;
    }

    void createAdminIfMissing(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (UserAccountEntity.count("username", ADMIN) > 0) {
                return;
            }
            String password = config.password().filter(p -> !p.isBlank()).orElse(null);
            if (password != null && password.length() < MIN_LENGTH) {
                throw new IllegalStateException("PORTCULLIS_ADMIN_PASSWORD must have at least " + MIN_LENGTH
                        + " characters");
            }
            boolean generated = password == null;
            if (generated) {
                password = generate();
            }
            UserAccountEntity admin = new UserAccountEntity();
            admin.id = UUID.randomUUID();
            admin.username = ADMIN;
            admin.passwordHash = PasswordHashes.hash(password);
            admin.grant = GrantColumns.of(new Grant(Role.ADMIN, true, Set.of()));
            admin.createdAt = Instant.now();
            admin.persist();
            if (generated) {
                LOG.infof("Created the local account 'admin' with the generated password %s"
                        + " (shown once; set PORTCULLIS_ADMIN_PASSWORD to choose it)", password);
            } else {
                LOG.info("Created the local account 'admin' with the password from PORTCULLIS_ADMIN_PASSWORD");
            }
        });
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
