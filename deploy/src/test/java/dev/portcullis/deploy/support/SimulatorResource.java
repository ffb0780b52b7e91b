package dev.portcullis.deploy.support;

import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.SimulatorOptions;
import dev.portcullis.simulator.estate.Estate;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the ARM simulator with the demo estate on a loopback port for the test run. Pages are kept small so every
 * list is paged and every nextLink is followed.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final int PAGE_SIZE = 5;
    public static final String SSO_CLIENT = "portcullis";
    static final String SSO_SECRET = "oidc-test-secret";
    /** Contoso's operators and every tenant's administrators, as an identity provider's groups. */
    public static final String SSO_GROUP_ROLES = "grp-contoso-operators=OPERATOR:c0a70500-0000-4000-8000-000000000001;"
            + "grp-portcullis-admins=ADMIN:*";
    private static ArmSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = ArmSimulator.start(Estate.demo(), SimulatorOptions.defaults().pageSize(PAGE_SIZE));
        simulator.oidc().registerClient(SSO_CLIENT, SSO_SECRET);
        // Single sign-on against the simulator's OpenID Connect provider, with its test groups mapped to roles
        return Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", simulator.oidc().issuer(),
                "quarkus.oidc.client-id", SSO_CLIENT,
                "quarkus.oidc.credentials.secret", SSO_SECRET,
                "portcullis.sso.group-roles", SSO_GROUP_ROLES);
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    public static ArmSimulator simulator() {
        return simulator;
    }
}
