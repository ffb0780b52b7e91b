package dev.portcullis.persistence.sql;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of a query's result, read by column name: the query selects into a {@link Tuple} (JPQL
 * {@code createQuery(..., Tuple.class)}, SQL {@code createNativeQuery(..., Tuple.class)}). In JPQL every selected
 * item gets an alias; in SQL a plain column keeps its own name and an expression, or a name selected twice, gets a
 * lower-case alias (PostgreSQL hands names back in lower case, and names are matched exactly). A name the query does
 * not select is an error, so adding or moving a column cannot shift the others.
 *
 * <p>The typed reads widen what the driver hands back the same way everywhere: counts and sums arrive as
 * {@code Long}, {@code Integer} or {@code BigDecimal}, timestamps as {@code Instant}, {@code OffsetDateTime} or
 * {@code Timestamp}, dates as {@code LocalDate} or {@code Date}.
 */
public final class Row {

    private final Tuple tuple;

    private Row(Tuple tuple) {
        this.tuple = tuple;
    }

    public static Row of(Tuple tuple) {
        return new Row(tuple);
    }

    /** The rows of a query created with {@code Tuple.class}. */
    @SuppressWarnings("unchecked")
    public static List<Row> all(Query query) {
        return ((List<Tuple>) query.getResultList()).stream().map(Row::new).toList();
    }

    /** The column as the query handed it back, of exactly this type (a subtype will do); null stays null. */
    public <T> T get(String column, Class<T> type) {
        return tuple.get(column, type);
    }

    /** The column as the query handed it back, untyped; null stays null. */
    public Object value(String column) {
        return tuple.get(column);
    }

    public String string(String column) {
        return tuple.get(column, String.class);
    }

    /**
     * A column holding a vocabulary value as its enum: JPQL hands back the enum of the mapped attribute, SQL the
     * stored name; null stays null.
     */
    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        Object value = tuple.get(column);
        if (value == null) {
            return null;
        }
        return type.isInstance(value) ? type.cast(value) : Enum.valueOf(type, value.toString());
    }

    public UUID uuid(String column) {
        return tuple.get(column, UUID.class);
    }

    /** A number of any width as a long; the column must not be null. */
    public long longValue(String column) {
        return tuple.get(column, Number.class).longValue();
    }

    /** A number of any width as a long, zero when null (a sum over no rows). */
    public long longOrZero(String column) {
        Number value = tuple.get(column, Number.class);
        return value == null ? 0 : value.longValue();
    }

    /** A number of any width as an int; the column must not be null. */
    public int intValue(String column) {
        return tuple.get(column, Number.class).intValue();
    }

    /** A number of any width as a double; null stays null. */
    public Double doubleOrNull(String column) {
        Number value = tuple.get(column, Number.class);
        return value == null ? null : value.doubleValue();
    }

    /** A {@code timestamptz} column as an instant; null stays null. */
    public Instant instant(String column) {
        return SqlValues.instant(tuple.get(column));
    }

    /** A {@code date} column as a local date; the column must not be null. */
    public LocalDate date(String column) {
        Object value = tuple.get(column);
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
