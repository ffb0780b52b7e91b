package dev.portcullis.api.problem;

import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Validation of list query parameters; each failure names the parameter. */
public final class QueryParams {

    public static final int MAX_PAGE_SIZE = 1000;

    private QueryParams() {
    }

    /** A zero-based page and its size, validated together: the rows they skip must fit an offset. */
    public record Paging(int page, int size) {
    }

    /**
     * The page and size asked for; {@code page × size} beyond {@link Integer#MAX_VALUE} rows is refused (it would
     * wrap to a negative offset).
     */
    public static Paging paging(Integer page, Integer size, int defaultSize) {
        int validSize = size(size, defaultSize);
        if (page == null) {
            return new Paging(0, validSize);
        }
        if (page < 0) {
            throw ProblemException.badField("page", "page must be 0 or more");
        }
        if ((long) page * validSize > Integer.MAX_VALUE) {
            throw ProblemException.badField("page", "page × size must stay below " + Integer.MAX_VALUE
                    + " rows: there are not that many");
        }
        return new Paging(page, validSize);
    }

    public static int size(Integer size, int defaultSize) {
        if (size == null) {
            return defaultSize;
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badField("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    /** One of the allowed values (case-insensitive), upper-cased; null when absent. */
    public static String oneOf(String value, String field, Enum<?>... allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (Arrays.stream(allowed).noneMatch(e -> e.name().equals(upper))) {
            throw ProblemException.badField(field, field + " must be one of "
                    + Arrays.stream(allowed).map(Enum::name).toList());
        }
        return upper;
    }

    /** The constant of {@code type} the value names (case-insensitive); null when absent; 400 naming the field else. */
    public static <E extends Enum<E>> E oneOf(String value, String field, Class<E> type) {
        String name = oneOf(value, field, type.getEnumConstants());
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A tenant given by its Portcullis id or Entra tenant id; unknown → 404 naming the parameter. */
    public static UUID tenant(TenantQueries tenants, TenantScope scope, String value, String field) {
        UUID id = JsonBodies.guid(value, field);
        if (id == null) {
            return null;
        }
        return tenants.resolve(scope, id).orElseThrow(() -> ProblemException.notFound("Tenant", id, field));
    }
}
