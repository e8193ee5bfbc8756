package dev.servicedesk.issues;

import java.util.List;

/** One page of an issue list, with the tab counts for the same filter. */
public record IssuePage(List<IssueView> issues, long openedCount, long closedCount, int page, int perPage) {

    public long allCount() {
        return openedCount + closedCount;
    }

    public long totalFor(String state) {
        return switch (state) {
            case "opened" -> openedCount;
            case "closed" -> closedCount;
            default -> allCount();
        };
    }

    public int totalPages(String state) {
        return (int) Math.max(1, (totalFor(state) + perPage - 1) / perPage);
    }

    public boolean hasNext(String state) {
        return page < totalPages(state);
    }
}
