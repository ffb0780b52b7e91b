package dev.portcullis.persistence.secret;

/**
 * Sealed values kept outside the tenant table (a destination's URL and webhook secret, say): {@link SecretResealing}
 * re-seals them at start beside the tenants' secrets. An implementation is a bean of the package that owns the rows,
 * so this package need not know them.
 */
public interface SealedValues {

    /** Passes each sealed value it holds through {@code resealer} and stores what comes back; returns how many changed. */
    int resealAll(Resealer resealer);

    /** Re-seals one value under the current master key. */
    @FunctionalInterface
    interface Resealer {

        /**
         * The value sealed under the current key: the value itself when it already is, when it is null, or when the key
         * it needs is not configured any more (logged with {@code what}, never the secret).
         */
        String reseal(String sealed, String context, String what);
    }
}
