package dev.servicedesk.issues;

import java.util.Set;

public record NewIssue(String title, String description, boolean confidential, Set<Long> labelIds) {

    public NewIssue {
        labelIds = labelIds == null ? Set.of() : Set.copyOf(labelIds);
    }

    public NewIssue(String title, String description, boolean confidential) {
        this(title, description, confidential, Set.of());
    }
}
