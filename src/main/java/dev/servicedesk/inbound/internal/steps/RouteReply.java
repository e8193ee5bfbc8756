package dev.servicedesk.inbound.internal.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.MailStep;
import dev.servicedesk.inbound.internal.StepResult;
import dev.servicedesk.outbound.ReplyKeyService;
import dev.servicedesk.outbound.ReplyTarget;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Component;

/**
 * Answers to our own mails: a reply key in the recipients or in {@code References}
 * ({@code <reply-KEY@host>}), else the Message-ID of one of our mails in {@code In-Reply-To} or
 * {@code References}, names the issue; the mail becomes a note on it (via {@link AddNote}, which
 * checks the sender). {@code KEY-unsubscribe} unsubscribes the recipient of that mail.
 */
@Component
public class RouteReply implements MailStep {

    private final ResolveTarget resolveTarget;
    private final ReplyKeyService replyKeys;
    private final ProjectService projects;
    private final AddNote addNote;

    RouteReply(ResolveTarget resolveTarget, ReplyKeyService replyKeys, ProjectService projects, AddNote addNote) {
        this.resolveTarget = resolveTarget;
        this.replyKeys = replyKeys;
        this.projects = projects;
        this.addNote = addNote;
    }

    @Override
    public StepResult apply(MailContext context) {
        List<String> keys = resolveTarget.keys(context.mail());
        for (String key : keys) {
            if (key.endsWith(ReplyKeyService.UNSUBSCRIBE_SUFFIX)) {
                String replyKey = key.substring(0, key.length() - ReplyKeyService.UNSUBSCRIBE_SUFFIX.length());
                if (ReplyKeyService.looksLikeKey(replyKey)) {
                    boolean removed = replyKeys.unsubscribe(replyKey);
                    return StepResult.ignore(context, removed ? "unsubscribed by mail" : "unsubscribe: no such participant (any more)");
                }
            }
        }
        Optional<ReplyTarget> target = keys.stream().map(replyKeys::resolve).flatMap(Optional::stream).findFirst();
        if (target.isEmpty()) {
            target = ourMessageIds(context).stream().map(replyKeys::resolveMessageId).flatMap(Optional::stream).findFirst();
        }
        if (target.isEmpty()) {
            return StepResult.next(context);
        }
        ReplyTarget found = target.get();
        return projects.find(found.projectId())
                .map(project -> addNote.apply(context.replyingTo(project, found.issueId())))
                .orElseGet(() -> StepResult.next(context));
    }

    private static List<String> ourMessageIds(MailContext context) {
        List<String> ids = new ArrayList<>();
        if (context.mail().inReplyTo() != null) {
            ids.add(context.mail().inReplyTo());
        }
        ids.addAll(context.mail().references());
        return ids;
    }
}
