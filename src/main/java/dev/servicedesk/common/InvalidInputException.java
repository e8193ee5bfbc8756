package dev.servicedesk.common;

/**
 * A value the user typed is not acceptable. {@code field} names the form field (or API
 * parameter) so the message can be shown next to it.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
