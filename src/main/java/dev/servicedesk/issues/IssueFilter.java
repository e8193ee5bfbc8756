package dev.servicedesk.issues;

import java.util.List;
import java.util.Locale;

import dev.servicedesk.common.InvalidInputException;

/**
 * What an issue list shows: GitLab's list parameters. {@code state} is {@code opened},
 * {@code closed} or {@code all}; {@code orderBy} is {@code created_at} or {@code updated_at}.
 */
public record IssueFilter(String state, String search, List<String> labels, Long authorId, Long assigneeId,
                          Boolean confidential, String orderBy, boolean ascending, int page, int perPage) {

    public static final int MAX_PER_PAGE = 100;

    public IssueFilter {
        state = state == null || state.isBlank() ? "opened" : state.toLowerCase(Locale.ROOT);
        if (!List.of("opened", "closed", "all").contains(state)) {
            throw new InvalidInputException("state", "state must be opened, closed or all");
        }
        orderBy = orderBy == null || orderBy.isBlank() ? "created_at" : orderBy;
        if (!List.of("created_at", "updated_at").contains(orderBy)) {
            throw new InvalidInputException("order_by", "order_by must be created_at or updated_at");
        }
        search = search == null || search.isBlank() ? null : search.trim();
        labels = labels == null ? List.of() : labels.stream().filter(label -> !label.isBlank()).map(String::trim).toList();
        if (page < 1) {
            throw new InvalidInputException("page", "page must be 1 or more");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new InvalidInputException("per_page", "per_page must be between 1 and " + MAX_PER_PAGE);
        }
    }

    public static IssueFilter opened() {
        return new IssueFilter("opened", null, List.of(), null, null, null, null, false, 1, 20);
    }

    public IssueFilter withState(String newState) {
        return new IssueFilter(newState, search, labels, authorId, assigneeId, confidential, orderBy, ascending, page, perPage);
    }
}
