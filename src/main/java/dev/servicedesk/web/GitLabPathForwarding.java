package dev.servicedesk.web;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicedesk.common.RoutedPath;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * GitLab's URLs put a full path of any depth before {@code /-/}: {@code /demo/support/website/-/issues/7}
 * or {@code /groups/demo/support/-/group_members}. Spring's path patterns cannot capture a
 * variable number of segments in the middle, so such a request is forwarded to
 * {@code /-/project/demo~support~website/issues/7} (or {@code /-/group/...}, see {@link RoutedPath});
 * the browser keeps the GitLab URL.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class GitLabPathForwarding extends OncePerRequestFilter {

    private static final Pattern SCOPED = Pattern.compile("^/(groups/)?([^-][^?]*?)/-/(.*)$");
    private static final Set<String> NOT_A_NAMESPACE = Set.of("admin", "api", "users", "dashboard", "assets",
            "actuator", "webjars", "projects", "error", "-");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String target = forwardTarget(request.getRequestURI().substring(request.getContextPath().length()));
        if (target == null) {
            chain.doFilter(request, response);
            return;
        }
        request.getRequestDispatcher(target).forward(request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.REQUEST;
    }

    static String forwardTarget(String path) {
        Matcher matcher = SCOPED.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        String fullPath = matcher.group(2);
        String first = fullPath.contains("/") ? fullPath.substring(0, fullPath.indexOf('/')) : fullPath;
        if (matcher.group(1) == null && NOT_A_NAMESPACE.contains(first)) {
            return null;
        }
        String kind = matcher.group(1) == null ? "project" : "group";
        return "/-/" + kind + "/" + RoutedPath.encode(fullPath) + "/" + matcher.group(3);
    }
}
