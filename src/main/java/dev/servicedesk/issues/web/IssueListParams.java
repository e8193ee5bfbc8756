package dev.servicedesk.issues.web;

import java.util.List;

import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueFilter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The issue list's query string, with GitLab's names: {@code state}, {@code search},
 * {@code label_name[]}, {@code author_username}, {@code assignee_username}, {@code confidential}
 * ({@code yes} / {@code no}), {@code sort} ({@code created_date}, {@code created_asc},
 * {@code updated_desc}, {@code updated_asc}) and {@code page}.
 */
public record IssueListParams(String state, String search, List<String> labelName, String authorUsername,
                              String assigneeUsername, String confidential, String sort, int page) {

    static final int PER_PAGE = 20;

    static IssueListParams from(MultiValueMap<String, String> query) {
        List<String> labels = query.getOrDefault("label_name[]", query.getOrDefault("label_name", List.of()));
        int page;
        try {
            page = Math.max(1, Integer.parseInt(query.getFirst("page") == null ? "1" : query.getFirst("page")));
        } catch (NumberFormatException e) {
            page = 1;
        }
        String state = query.getFirst("state");
        return new IssueListParams(state == null || !List.of("opened", "closed", "all").contains(state) ? "opened" : state,
                blankToNull(query.getFirst("search")), labels.stream().filter(l -> !l.isBlank()).toList(),
                blankToNull(query.getFirst("author_username")), blankToNull(query.getFirst("assignee_username")),
                blankToNull(query.getFirst("confidential")), query.getFirst("sort") == null ? "created_date" : query.getFirst("sort"),
                page);
    }

    /** A filter on an unknown user matches nothing, as on GitLab, instead of being ignored. */
    IssueFilter toFilter(UserService users) {
        Boolean confidentialFilter = "yes".equals(confidential) ? Boolean.TRUE : "no".equals(confidential) ? Boolean.FALSE : null;
        String orderBy = sort.startsWith("updated") ? "updated_at" : "created_at";
        return new IssueFilter(state, search, labelName, userId(users, authorUsername), userId(users, assigneeUsername),
                confidentialFilter, orderBy, sort.endsWith("_asc"), page, PER_PAGE);
    }

    public boolean filtered() {
        return search != null || !labelName.isEmpty() || authorUsername != null || assigneeUsername != null || confidential != null;
    }

    /** The current list URL with one parameter changed (tabs, sort, pages); the page resets unless it is what changes. */
    public String with(String base, String name, Object value) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(base);
        add(url, "state", name.equals("state") ? value : state);
        add(url, "search", search);
        labelName.forEach(label -> url.queryParam("label_name[]", label));
        add(url, "author_username", authorUsername);
        add(url, "assignee_username", assigneeUsername);
        add(url, "confidential", confidential);
        add(url, "sort", name.equals("sort") ? value : sort);
        if (name.equals("page")) {
            add(url, "page", value);
        }
        return url.encode().build().toUriString();
    }

    private static Long userId(UserService users, String username) {
        if (username == null) {
            return null;
        }
        return users.findByUsername(username.replaceFirst("^@", "")).map(UserView::id).orElse(-1L);
    }

    private static void add(UriComponentsBuilder url, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            url.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
