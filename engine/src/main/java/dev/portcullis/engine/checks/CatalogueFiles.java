package dev.portcullis.engine.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the catalogue's data files from the classpath, under {@value #ROOT}: a check's folder
 * ({@code <check id>/check.properties}, its templates), the shared remediation sets and the compliance map. A missing
 * file is an error, never an empty value.
 */
public final class CatalogueFiles {

    /** Where the catalogue lives on the classpath: the folder of the package {@code dev.portcullis.engine.catalogue}. */
    public static final String ROOT = "dev/portcullis/engine/catalogue/";

    private CatalogueFiles() {
    }

    /** The properties at {@code path} under the catalogue root. */
    public static Properties properties(String path) {
        Properties props = new Properties();
        try (InputStreamReader reader = new InputStreamReader(open(path), StandardCharsets.UTF_8)) {
            props.load(reader);
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ROOT + path, e);
        }
    }

    /** The text at {@code path} under the catalogue root. */
    public static String text(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ROOT + path, e);
        }
    }

    /** Whether the catalogue holds a file at {@code path}. */
    public static boolean exists(String path) {
        return CatalogueFiles.class.getClassLoader().getResource(ROOT + path) != null;
    }

    /** The properties at {@code path}, or empty when the catalogue has no such file. */
    public static Optional<Properties> optionalProperties(String path) {
        return exists(path) ? Optional.of(properties(path)) : Optional.empty();
    }

    private static InputStream open(String path) {
        InputStream in = CatalogueFiles.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("Catalogue file missing: " + ROOT + path);
        }
        return in;
    }
}
