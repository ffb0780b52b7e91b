package dev.portcullis.scanner.connection;

/** A request field that is missing or malformed; {@code field} is its JSON path ({@code cloud.name}). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
