package dev.portcullis.web.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads a page's filter parameters. A value that cannot be used is not guessed at: it is dropped, and a message
 * naming the filter and the values it takes is kept for the page to show (and answer 400).
 */
public final class FilterValues {

    private final Msg msg;
    private final List<String> errors = new ArrayList<>();

    public FilterValues(Msg msg) {
        this.msg = msg;
    }

    /** The names of the constants, in this order: the values a filter of the vocabulary offers. */
    @SafeVarargs
    public static <E extends Enum<E>> List<String> names(E... constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    /** The constant of {@code type} a value chosen by {@link #oneOf} names; null stays null. */
    public static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** One of {@code allowed} (any case), or null when absent or refused. */
    public String oneOf(String value, String label, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        for (String candidate : allowed) {
            if (candidate.toUpperCase(Locale.ROOT).equals(upper)) {
                return candidate;
            }
        }
        errors.add(msg.filter_not_one_of(label, value, String.join(", ", allowed)));
        return null;
    }

    public UUID id(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(msg.filter_not_an_id(label, value));
            return null;
        }
    }

    /** A page number from 1; page 1 when absent or refused. Returned zero-based. */
    public int page(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.trim());
            if (page >= 1 && page <= 1_000_000) {
                return page - 1;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(msg.filter_bad_page(value));
        return 0;
    }

    /** Free text up to 200 characters. */
    public String text(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            errors.add(msg.filter_too_long(label));
            return null;
        }
        return value.trim();
    }

    public List<String> errors() {
        return errors;
    }

    public boolean refused() {
        return !errors.isEmpty();
    }
}
