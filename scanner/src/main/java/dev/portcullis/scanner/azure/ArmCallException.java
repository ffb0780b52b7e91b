package dev.portcullis.scanner.azure;

/** An ARM call that failed: the operation, the HTTP status if any, and ARM's error code and message. */
public class ArmCallException extends RuntimeException {

    private final int status;

    public ArmCallException(String message) {
        this(message, null);
    }

    public ArmCallException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** A call ARM answered with this HTTP status. */
    public ArmCallException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status ARM answered with; 0 when the call got no answer or it is not known. */
    public int status() {
        return status;
    }
}
