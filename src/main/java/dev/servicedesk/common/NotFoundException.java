package dev.servicedesk.common;

/**
 * The thing does not exist, or the caller may not know that it exists. Both answer 404 so that
 * a confidential issue or a private project cannot be discovered by probing ids.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
