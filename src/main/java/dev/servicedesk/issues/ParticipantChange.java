package dev.servicedesk.issues;

import java.util.List;

/**
 * The outcome of {@code /add_email}, {@code /remove_email} or the participants form: the
 * addresses added or removed, and one sentence per address that was refused and why.
 */
public record ParticipantChange(List<String> changed, List<String> problems) {

    public ParticipantChange {
        changed = List.copyOf(changed);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public String problemText() {
        return String.join(" ", problems);
    }
}
