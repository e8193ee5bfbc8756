package dev.servicedesk.api.internal;

/** The endpoint needs a token and the request had none: 401. */
public class UnauthorizedException extends RuntimeException {

    public UnauthorizedException() {
        super("401 Unauthorized");
    }
}
