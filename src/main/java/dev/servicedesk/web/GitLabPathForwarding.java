package dev.servicedesk.web;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.projects.ProjectService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * GitLab's URLs put a full path of any depth before {@code /-/}: {@code /demo/support/website/-/issues/7}
 * or {@code /groups/demo/support/-/group_members}. Spring's path patterns cannot capture a
 * variable number of segments in the middle, so such a request is handed on as
 * {@code /-/project/demo~support~website/issues/7} (or {@code /-/group/...}, see {@link RoutedPath});
 * the browser keeps the GitLab URL. The settings URL {@code /<project>/edit} has no {@code /-/},
 * so it is rewritten only when the part before {@code /edit} is a project.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class GitLabPathForwarding extends OncePerRequestFilter {

    private static final Pattern SCOPED = Pattern.compile("^/(groups/)?([^-][^?]*?)/-/(.*)$");
    private static final Pattern SETTINGS = Pattern.compile("^/([^-][^?]*?)/edit$");
    private static final Set<String> NOT_A_NAMESPACE = Set.of("admin", "api", "users", "dashboard", "assets",
            "actuator", "webjars", "projects", "error", "-", "groups");

    private final ProjectService projects;

    GitLabPathForwarding(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String target = target(request.getRequestURI().substring(request.getContextPath().length()));
        chain.doFilter(target == null ? request : new RewrittenRequest(request, target), response);
    }

    String target(String path) {
        String scoped = scopedTarget(path);
        if (scoped != null) {
            return scoped;
        }
        Matcher settings = SETTINGS.matcher(path);
        if (settings.matches() && !NOT_A_NAMESPACE.contains(firstSegment(settings.group(1)))
                && projects.exists(settings.group(1))) {
            return "/-/project/" + RoutedPath.encode(settings.group(1)) + "/edit";
        }
        return null;
    }

    static String scopedTarget(String path) {
        Matcher matcher = SCOPED.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        String fullPath = matcher.group(2);
        boolean group = matcher.group(1) != null;
        if (!group && NOT_A_NAMESPACE.contains(firstSegment(fullPath))) {
            return null;
        }
        return "/-/" + (group ? "group" : "project") + "/" + RoutedPath.encode(fullPath) + "/" + matcher.group(3);
    }

    private static String firstSegment(String fullPath) {
        int slash = fullPath.indexOf('/');
        return slash < 0 ? fullPath : fullPath.substring(0, slash);
    }

    /**
     * The same request under the application's internal path; everything else stays as sent. The
     * URL the browser asked for is kept where a servlet forward keeps it, so that flash messages
     * and "return here after sign-in" still see it.
     */
    static final class RewrittenRequest extends HttpServletRequestWrapper {

        private final String path;

        RewrittenRequest(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
            request.setAttribute(WebUtils.FORWARD_REQUEST_URI_ATTRIBUTE, request.getRequestURI());
            request.setAttribute(WebUtils.FORWARD_QUERY_STRING_ATTRIBUTE, request.getQueryString());
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName()).append(':').append(getServerPort()).append(getRequestURI());
            return url;
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }

    /** The request as the browser sent it, for code that must name the GitLab URL. */
    static HttpServletRequest asSent(HttpServletRequest request) {
        Object original = request.getAttribute(WebUtils.FORWARD_REQUEST_URI_ATTRIBUTE);
        if (!(original instanceof String uri)) {
            return request;
        }
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return uri;
            }

            @Override
            public String getServletPath() {
                return uri.substring(getContextPath().length());
            }

            @Override
            public StringBuffer getRequestURL() {
                return new StringBuffer(getScheme() + "://" + getServerName() + ":" + getServerPort() + uri);
            }
        };
    }
}
