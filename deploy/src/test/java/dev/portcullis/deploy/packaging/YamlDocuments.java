package dev.portcullis.deploy.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads YAML files, each possibly holding several documents separated by {@code ---}, as Jackson trees. */
final class YamlDocuments {

    private static final YAMLMapper MAPPER = new YAMLMapper();

    private YamlDocuments() {
    }

    /** Every non-empty document of one file. */
    static List<JsonNode> of(Path file) {
        try (MappingIterator<JsonNode> documents = MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> all = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    all.add(document);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The one document of a file such as a chart's values.yaml. */
    static JsonNode single(Path file) {
        List<JsonNode> documents = of(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + " holds " + documents.size() + " documents, not one");
        }
        return documents.get(0);
    }

    /** Every manifest under a directory and its subdirectories, in file name order. */
    static List<Manifest> manifestsUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Manifest> manifests = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                    .forEach(f -> of(f).forEach(node -> manifests.add(new Manifest(directory.relativize(f), node))));
            return manifests;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
