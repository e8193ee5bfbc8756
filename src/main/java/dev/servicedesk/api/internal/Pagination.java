package dev.servicedesk.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.util.UriComponentsBuilder;

import dev.servicedesk.common.InvalidInputException;

/**
 * GitLab's offset pagination: {@code page} and {@code per_page} (default 20, max 100) in, the
 * {@code X-Total}, {@code X-Total-Pages}, {@code X-Page}, {@code X-Per-Page}, {@code X-Next-Page},
 * {@code X-Prev-Page} and {@code Link} headers out. python-gitlab follows {@code Link: rel="next"}.
 */
public record Pagination(int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 20;
    public static final int MAX_PER_PAGE = 100;

    public static Pagination of(ApiParams params) {
        int page = params.intValue("page", 1);
        int perPage = params.intValue("per_page", DEFAULT_PER_PAGE);
        if (page < 1) {
            throw new InvalidInputException("page", "page does not have a valid value");
        }
        // GitLab clamps per_page rather than refusing it.
        return new Pagination(page, Math.max(1, Math.min(perPage, MAX_PER_PAGE)));
    }

    public void writeHeaders(HttpServletRequest request, HttpServletResponse response, long total) {
        long totalPages = Math.max(1, (total + perPage - 1) / perPage);
        response.setHeader("X-Total", Long.toString(total));
        response.setHeader("X-Total-Pages", Long.toString(totalPages));
        response.setHeader("X-Page", Integer.toString(page));
        response.setHeader("X-Per-Page", Integer.toString(perPage));
        response.setHeader("X-Next-Page", page < totalPages ? Integer.toString(page + 1) : "");
        response.setHeader("X-Prev-Page", page > 1 ? Integer.toString(page - 1) : "");
        StringBuilder link = new StringBuilder();
        if (page < totalPages) {
            appendLink(link, request, page + 1, "next");
        }
        if (page > 1) {
            appendLink(link, request, page - 1, "prev");
        }
        appendLink(link, request, 1, "first");
        appendLink(link, request, (int) totalPages, "last");
        response.setHeader("Link", link.toString());
    }

    private void appendLink(StringBuilder link, HttpServletRequest request, int target, String rel) {
        String url = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .query(request.getQueryString())
                .replaceQueryParam("page", target)
                .replaceQueryParam("per_page", perPage)
                .build(true).toUriString();
        if (!link.isEmpty()) {
            link.append(", ");
        }
        link.append('<').append(url).append(">; rel=\"").append(rel).append('"');
    }
}
