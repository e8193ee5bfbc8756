package dev.servicedesk.common;

/** The caller may see the thing but not do this to it (a Guest closing an issue): 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
