package dev.portcullis.scanner.azure;

/** A subscription's inventory could not be collected completely; nothing from it may change findings. */
public class CollectionFailedException extends RuntimeException {

    private final int armRequests;

    public CollectionFailedException(String message, int armRequests, Throwable cause) {
        super(message, cause);
        this.armRequests = armRequests;
    }

    public int armRequests() {
        return armRequests;
    }
}
