package dev.portcullis.scanner.azure;

/**
 * A subscription's inventory could not be collected completely; nothing from it may change findings. It carries what
 * the attempt cost: ARM requests sent, answers 429 and requests sent again.
 */
public class CollectionFailedException extends RuntimeException {

    private final int armRequests;
    private final int throttled;
    private final int retries;

    public CollectionFailedException(String message, int armRequests, Throwable cause) {
        this(message, armRequests, 0, 0, cause);
    }

    public CollectionFailedException(String message, int armRequests, int throttled, int retries, Throwable cause) {
        super(message, cause);
        this.armRequests = armRequests;
        this.throttled = throttled;
        this.retries = retries;
    }

    public int armRequests() {
        return armRequests;
    }

    /** ARM's answers 429 before the collection failed. */
    public int throttled() {
        return throttled;
    }

    /** Requests sent again (after a 429, a 5xx or a broken connection) before the collection failed. */
    public int retries() {
        return retries;
    }
}
