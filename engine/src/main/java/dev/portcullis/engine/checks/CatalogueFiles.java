package dev.portcullis.engine.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads the catalogue's data files from the classpath; a missing file is a build error, never an empty value. */
public final class CatalogueFiles {

    private CatalogueFiles() {
    }

    public static Properties properties(String path) {
        Properties props = new Properties();
        try (InputStreamReader reader = new InputStreamReader(open(path), StandardCharsets.UTF_8)) {
            props.load(reader);
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    public static String text(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = CatalogueFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Catalogue file missing: " + path);
        }
        return in;
    }
}
