package dev.servicedesk.issues;

/**
 * Tells whether an address is one of the instance's own (the Service Desk mailbox and its
 * project addresses), which must never become an external participant: mail to it would loop
 * back into the desk. Implemented by the {@code servicedesk} module, so that {@code issues} does
 * not depend on it.
 */
public interface OwnAddresses {

    boolean isOwn(String email);
}
