package dev.portcullis.scanner.azure;

/** An ARM call that failed: the operation, the HTTP status if any, and ARM's error code and message. */
public class ArmCallException extends RuntimeException {

    public ArmCallException(String message) {
        super(message);
    }

    public ArmCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
