package dev.portcullis.deploy.packaging;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The deploy module's own directory, where the Dockerfile, kubernetes/, helm/ and grafana/ live. Surefire runs the
 * tests there (and names it in {@code basedir}); from the repository root the module is {@code deploy/}.
 */
final class DeployDirectory {

    private DeployDirectory() {
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }

    static Path testResource(String relative) {
        return root().resolve("src/test/resources/packaging").resolve(relative);
    }

    private static Path root() {
        String basedir = System.getProperty("basedir");
        Path here = basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
        if (!Files.exists(here.resolve("Dockerfile")) && Files.exists(here.resolve("deploy/Dockerfile"))) {
            return here.resolve("deploy");
        }
        return here;
    }
}
