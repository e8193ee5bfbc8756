package dev.servicedesk.inbound.internal.trimming;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Cuts quoted mail, attributions, forwarded headers and signatures from the plain-text body of a
 * reply by mail, so the note shows what the person wrote; the cut part is kept for a collapsed
 * block ({@link TrimmedReply#toMarkdown()}). Lines are classified first ({@link LineClassifier})
 * and then cut by {@link CutRules}, the approach of Discourse's email_reply_trimmer.
 *
 * <p>Thread-safe: no state beyond compiled patterns.
 */
@Component
public final class ReplyTrimmer {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");

    public TrimmedReply trim(String plainTextBody) {
        if (plainTextBody == null || plainTextBody.isBlank()) {
            return new TrimmedReply("", "");
        }
        // Windows and old Mac line ends both occur in forwarded and Outlook-written bodies.
        String body = LINE_BREAK.matcher(plainTextBody).replaceAll("\n");
        ReplyLines lines = new ReplyLines(Arrays.asList(body.split("\n", -1)));
        CutRules.apply(lines);
        String reply = lines.kept();
        if (reply.isBlank()) {
            // Everything looked quoted (a mail that only quotes, or rules that misfired): showing
            // the whole body beats an empty note.
            return new TrimmedReply(ReplyLines.withoutBlankEdges(body), "");
        }
        return new TrimmedReply(reply, lines.elided());
    }
}
