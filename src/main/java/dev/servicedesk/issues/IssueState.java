package dev.servicedesk.issues;

import java.util.Locale;

public enum IssueState {
    OPENED, CLOSED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IssueState parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
