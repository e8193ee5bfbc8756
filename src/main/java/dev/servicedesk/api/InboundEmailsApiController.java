package dev.servicedesk.api;

import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.api.internal.ApiLookup;
import dev.servicedesk.api.internal.ApiParams;
import dev.servicedesk.api.internal.Pagination;
import dev.servicedesk.api.json.InboundEmailJson;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.inbound.InboundEmailAdminService;
import dev.servicedesk.inbound.InboundEmailView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Received mail for monitoring scripts; admin tokens only (not a GitLab endpoint, but shaped like one). */
@RestController
class InboundEmailsApiController {

    private final InboundEmailAdminService mails;

    InboundEmailsApiController(InboundEmailAdminService mails) {
        this.mails = mails;
    }

    @GetMapping("/api/v4/admin/inbound_emails")
    List<InboundEmailJson> list(Actor actor, ApiParams params, HttpServletRequest request, HttpServletResponse response) {
        ApiLookup.signedIn(actor);
        // The pages hide the admin area with 404; the API says 403, as GitLab does for its admin endpoints.
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators may list received mail");
        }
        Pagination pagination = Pagination.of(params);
        String status = params.string("status");
        long total = mails.count(actor, status);
        pagination.writeHeaders(request, response, total);
        return mails.list(actor, status, pagination.page(), pagination.perPage()).stream()
                .map(InboundEmailsApiController::json)
                .toList();
    }

    private static InboundEmailJson json(InboundEmailView mail) {
        return new InboundEmailJson(mail.id(), mail.messageId(), mail.mailbox(), mail.receivedAt(), mail.status(),
                mail.reason(), mail.projectPath(), mail.issueIid(), mail.subject());
    }
}
