package dev.portcullis.deploy.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * deploy/Dockerfile keeps every {@link DockerfileRule} and its build context holds only the packaged application;
 * a deliberately insecure Dockerfile breaks each rule. (No image is built here: the machines have no Docker daemon.)
 */
class DockerfileTest {

    @Test
    void theImageDescriptionKeepsEveryRule() {
        Dockerfile dockerfile = Dockerfile.read(DeployDirectory.resolve("Dockerfile"));

        assertThat(DockerfileRules.check(dockerfile, "deploy/Dockerfile")).isEmpty();
    }

    @Test
    void theBuildContextHoldsOnlyThePackagedApplication() throws IOException {
        List<String> patterns = Files.readAllLines(DeployDirectory.resolve(".dockerignore")).stream()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toList());

        assertThat(patterns).containsExactly("*", "!target/quarkus-app");
    }

    @Test
    void anInsecureDockerfileBreaksEveryRule() {
        Dockerfile insecure = Dockerfile.read(DeployDirectory.testResource("insecure.Dockerfile"));

        Set<DockerfileRule> broken = DockerfileRules.check(insecure, "insecure.Dockerfile").stream()
                .map(v -> (DockerfileRule) v.rule()).collect(Collectors.toSet());

        assertThat(broken).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(DockerfileRule.class));
    }
}
