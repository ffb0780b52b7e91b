package dev.portcullis.persistence.sql;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Pieces of JPQL for attributes mapped to the engine's vocabulary enums. Hibernate compares an enum attribute only
 * with the enum: a string literal ({@code f.status = 'OPEN'}) is refused or never matches, so a fixed value is written
 * as the constant's qualified name and a variable one is bound as the enum.
 */
public final class Jpql {

    private Jpql() {
    }

    /** The constant as a JPQL literal: {@code dev.portcullis.engine.vocabulary.FindingStatus.OPEN}. */
    public static String literal(Enum<?> constant) {
        return constant.getDeclaringClass().getName() + "." + constant.name();
    }

    /** The constants as a JPQL list for {@code in}: {@code (….QUEUED, ….RUNNING)}. */
    public static String literals(Enum<?>... constants) {
        return Arrays.stream(constants).map(Jpql::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * {@code case <attribute> when <first constant> then 0 when … end}: the enum's declaration order, for an
     * {@code order by} (the vocabulary declares the most severe first).
     */
    public static <E extends Enum<E>> String declarationOrder(String attribute, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> " when " + literal(e) + " then " + e.ordinal())
                .collect(Collectors.joining("", "case " + attribute, " end"));
    }
}
