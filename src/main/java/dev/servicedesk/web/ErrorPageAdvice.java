package dev.servicedesk.web;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * 404 for what the caller may not see; 403 for what they may see but not do. A visitor who is
 * not signed in is sent to the sign-in page instead of a 404, as GitLab does, so that a link
 * from a mail still works after signing in; this tells nothing about whether the thing exists.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPageAdvice {

    private static final HttpSessionRequestCache REQUEST_CACHE = new HttpSessionRequestCache();

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(Actor actor, HttpServletRequest request, HttpServletResponse response) {
        if (!actor.signedIn() && isPageRequest(request)) {
            REQUEST_CACHE.saveRequest(GitLabPathForwarding.asSent(request), response);
            return new ModelAndView("redirect:/users/sign_in");
        }
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    // Only a page the person asked for is worth returning to after sign-in; not a favicon or image.
    private static boolean isPageRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException exception) {
        ModelAndView page = new ModelAndView("error/403");
        page.addObject("message", exception.getMessage());
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }
}
