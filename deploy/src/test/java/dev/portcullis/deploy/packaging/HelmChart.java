package dev.portcullis.deploy.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A chart directory as files: Chart.yaml and values files parsed, templates kept as text. */
final class HelmChart {

    final Path directory;
    final JsonNode chart;
    final JsonNode values;
    /** The values-*.yaml overlays by file name. */
    final Map<String, JsonNode> overlays = new TreeMap<>();
    /** Every file under templates/ by file name. */
    final Map<String, String> templates = new TreeMap<>();

    private HelmChart(Path directory) {
        this.directory = directory;
        this.chart = YamlDocuments.single(directory.resolve("Chart.yaml"));
        this.values = YamlDocuments.single(directory.resolve("values.yaml"));
        try (Stream<Path> files = Files.list(directory);
                Stream<Path> templateFiles = Files.list(directory.resolve("templates"))) {
            files.filter(f -> f.getFileName().toString().matches("values-.+\\.yaml"))
                    .forEach(f -> overlays.put(f.getFileName().toString(), YamlDocuments.single(f)));
            templateFiles.forEach(f -> templates.put(f.getFileName().toString(), read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    static HelmChart at(Path directory) {
        return new HelmChart(directory);
    }

    String template(String name) {
        return templates.getOrDefault(name, "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
