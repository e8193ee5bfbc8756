package dev.servicedesk.inbound.internal.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.MailStep;
import dev.servicedesk.inbound.internal.StepResult;
import dev.servicedesk.inbound.internal.parsing.ParsedMail;
import dev.servicedesk.outbound.RejectionReason;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.springframework.stereotype.Component;

/**
 * Finds the project a mail is for, from the headers in GitLab's order (GITLAB_BEHAVIOUR.md):
 * To, then References of the form {@code <reply-KEY@host>}, then Delivered-To and the other
 * envelope headers, then Cc. The first key that names a project with Service Desk on wins.
 */
@Component
public class ResolveTarget implements MailStep {

    private static final Pattern REPLY_REFERENCE = Pattern.compile("^reply-(.+)@.+$");

    private final ServiceDeskService serviceDesk;

    ResolveTarget(ServiceDeskService serviceDesk) {
        this.serviceDesk = serviceDesk;
    }

    @Override
    public StepResult apply(MailContext context) {
        List<String> keys = keys(context.mail());
        if (keys.isEmpty()) {
            return StepResult.rejectAndTell(context, RejectionReason.UNKNOWN_ADDRESS, "no Service Desk address among the recipients (To: "
                    + String.join(", ", context.mail().to()) + ")");
        }
        for (String key : keys) {
            Optional<ProjectView> project = serviceDesk.projectForKey(key, context.mailbox());
            if (project.isPresent()) {
                return StepResult.next(context.withProject(project.get()));
            }
        }
        return StepResult.rejectAndTell(context, RejectionReason.SERVICE_DESK_OFF, "no project with Service Desk on for " + keys.get(0));
    }

    /** Every key in the recipient headers and reply references, in GitLab's order. */
    public List<String> keys(ParsedMail mail) {
        List<String> keys = new ArrayList<>();
        mail.to().forEach(address -> serviceDesk.keyOf(address).ifPresent(keys::add));
        for (String reference : mail.references()) {
            Matcher matcher = REPLY_REFERENCE.matcher(reference);
            if (matcher.matches()) {
                keys.add(matcher.group(1));
            }
        }
        mail.deliveredTo().forEach(address -> serviceDesk.keyOf(address).ifPresent(keys::add));
        mail.cc().forEach(address -> serviceDesk.keyOf(address).ifPresent(keys::add));
        return keys.stream().distinct().toList();
    }
}
