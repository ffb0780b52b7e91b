package dev.portcullis.web.page;

import java.util.Optional;
import java.util.UUID;

/** Ids as they come in a page's path: a GUID, or nothing (the page answers 404, as for an unknown id). */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
