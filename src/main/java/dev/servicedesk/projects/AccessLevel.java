package dev.servicedesk.projects;

import java.util.Arrays;

/** GitLab's roles with GitLab's numbers, which the API exposes as {@code access_level}. */
public enum AccessLevel {
    GUEST(10, "Guest"),
    REPORTER(20, "Reporter"),
    DEVELOPER(30, "Developer"),
    MAINTAINER(40, "Maintainer"),
    OWNER(50, "Owner");

    private final int value;
    private final String label;

    AccessLevel(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(AccessLevel other) {
        return value >= other.value;
    }

    public static AccessLevel of(int value) {
        return Arrays.stream(values()).filter(level -> level.value == value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no access level " + value));
    }
}
