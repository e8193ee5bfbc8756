package dev.servicedesk.inbound.internal.trimming;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply split into what the person wrote and what was cut (quotes, attributions, signatures).
 *
 * @param reply  the person's words, never blank when the mail had any
 * @param elided the cut part, "" when nothing was cut
 */
public record TrimmedReply(String reply, String elided) {

    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");
    private static final int MIN_FENCE = 3;

    public TrimmedReply {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(elided, "elided");
    }

    /** The note body: the reply, then (when something was cut) the cut text in a collapsed block. */
    public String toMarkdown() {
        if (elided.isBlank()) {
            return reply;
        }
        // The cut text is somebody else's mail: a fenced code block shows it verbatim and keeps
        // any HTML or Markdown in it (a <script>, an image, a link) from rendering. The fence is
        // longer than any backtick run inside, so the quote cannot close it (CommonMark 4.5).
        String fence = "`".repeat(Math.max(MIN_FENCE, longestBacktickRun(elided) + 1));
        return reply + "\n\n<details><summary>…</summary>\n\n" + fence + "\n" + elided + "\n" + fence
                + "\n\n</details>";
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher run = BACKTICK_RUN.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        return longest;
    }
}
