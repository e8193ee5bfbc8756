package dev.servicedesk.accounts;

public enum UserState {
    ACTIVE, BLOCKED;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
