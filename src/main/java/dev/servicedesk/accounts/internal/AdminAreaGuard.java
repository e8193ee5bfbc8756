package dev.servicedesk.accounts.internal;

import dev.servicedesk.common.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers 404 to every signed-in non-admin under {@code /admin}, as GitLab does, so the admin area
 * does not even show that it exists. One guard for the whole area, so a new admin page cannot
 * forget the check; the admin services still refuse non-admins on their own.
 */
class AdminAreaGuard implements HandlerInterceptor {

    static final String[] PATHS = {"/admin", "/admin/**"};

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!ActorArgumentResolver.current().admin()) {
            throw new NotFoundException("Page");
        }
        return true;
    }
}
