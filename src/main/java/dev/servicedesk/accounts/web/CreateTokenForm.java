package dev.servicedesk.accounts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.servicedesk.common.InvalidInputException;

/** The new personal access token form. An empty expiry date means the token never expires. */
public class CreateTokenForm {

    private String name = "";
    private List<String> scopes = new ArrayList<>();
    private String expiresAt = "";

    Set<String> scopeSet() {
        return scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    // A String rather than a LocalDate, so that a mangled date becomes a message next to the
    // field instead of a type-mismatch error.
    LocalDate expiryDate() {
        if (expiresAt == null || expiresAt.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(expiresAt.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expires_at", "Expiration date must be a date like 2030-12-31");
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> scopes) { this.scopes = scopes; }
    public String getExpiresAt() { return expiresAt; }
    public void setExpiresAt(String expiresAt) { this.expiresAt = expiresAt; }
}
