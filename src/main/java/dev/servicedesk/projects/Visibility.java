package dev.servicedesk.projects;

import java.util.Locale;

import dev.servicedesk.common.InvalidInputException;

/** Who may see a group or project: members only, any signed-in user, or everyone. */
public enum Visibility {
    PRIVATE, INTERNAL, PUBLIC;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean moreOpenThan(Visibility other) {
        return ordinal() > other.ordinal();
    }

    public static Visibility parse(String value) {
        if (value == null || value.isBlank()) {
            return PRIVATE;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("visibility", "Visibility must be private, internal or public");
        }
    }
}
