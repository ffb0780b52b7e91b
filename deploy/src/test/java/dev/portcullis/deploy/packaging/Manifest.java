package dev.portcullis.deploy.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** One Kubernetes object as written in a manifest file. */
record Manifest(Path file, JsonNode node) {

    String kind() {
        return node.path("kind").asText("");
    }

    String name() {
        return node.path("metadata").path("name").asText("");
    }

    /** Where a violation was found, for messages: {@code Deployment/portcullis in deployment.yaml}. */
    String where() {
        return kind() + "/" + name() + " in " + file;
    }
}
