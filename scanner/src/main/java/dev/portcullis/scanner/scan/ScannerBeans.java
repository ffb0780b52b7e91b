package dev.portcullis.scanner.scan;

import dev.portcullis.scanner.config.OnboardingConfig;
import dev.portcullis.scanner.config.ScannerConfig;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.Evaluator;
import dev.portcullis.scanner.connection.InstallationPolicy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/** Makes the framework-free catalogue, evaluator and installation policy available for injection. */
@jakarta.enterprise.context.Dependent
public class ScannerBeans {

    /** Made at start-up, so a catalogue folder without its class, texts or remediation stops the application. */
    @Produces
    @Singleton
    @Startup
    CheckCatalogue catalogue() {
        return CheckCatalogue.standard();
    }

    @Produces
    @Singleton
    Evaluator evaluator(CheckCatalogue catalogue, ScannerConfig config) {
        return new Evaluator(catalogue, new EvaluationSettings(config.customManagementPorts().orElse(Set.of()),
                config.maxJitAccessDuration(), config.maxWinRmJitAccessDuration()));
    }

    @Produces
    @Singleton
    InstallationPolicy installationPolicy(OnboardingConfig config) {
        return new InstallationPolicy(config.customCloudHosts().orElse(Set.of()), config.allowLoopbackClouds(),
                config.federatedTokenFile());
    }
}
