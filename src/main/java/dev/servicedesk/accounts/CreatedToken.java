package dev.servicedesk.accounts;

/** A token just created, with its secret: shown to its owner once and stored nowhere. */
public record CreatedToken(TokenView token, String secret) {
}
