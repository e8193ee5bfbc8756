package dev.servicedesk.inbound.internal.trimming;

/**
 * Decides what to cut from a classified reply, in order. The rules prefer keeping the writer's
 * words: a quote with the reply continuing below it stays (inline answers), and a separator,
 * attribution or header block only cuts the rest of the mail when the writer said something
 * above it; at the very top of a mail (a forward, a bottom-posted reply) it is dropped alone.
 */
final class CutRules {

    private static final int MIN_HEADER_FIELDS = 3;

    private CutRules() {
    }

    static void apply(ReplyLines reply) {
        cutAtSeparatorOrDeviceSignature(reply);
        cutAtQuoteHeaders(reply);
        cutAtHeaderFieldBlock(reply);
        cutTrailingQuote(reply);
    }

    private static void cutAtSeparatorOrDeviceSignature(ReplyLines reply) {
        for (int i = 0; i < reply.size(); i++) {
            LineKind kind = reply.kind(i);
            if (kind == LineKind.SEPARATOR || kind == LineKind.DEVICE_SIGNATURE) {
                if (reply.hasTextBefore(i)) {
                    reply.cutFrom(i);
                    return;
                }
                reply.cut(i, i + 1);
            }
        }
    }

    private static void cutAtQuoteHeaders(ReplyLines reply) {
        int i = 0;
        while (i < reply.size()) {
            if (reply.kind(i) != LineKind.QUOTE_HEADER) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < reply.size() && reply.kind(end + 1) == LineKind.QUOTE_HEADER) {
                end++;
            }
            if (cutAtQuoteHeader(reply, i, end)) {
                return;
            }
            i = end + 1;
        }
    }

    /** Handles one attribution (lines {@code start..end}); true when it cut the rest of the mail. */
    private static boolean cutAtQuoteHeader(ReplyLines reply, int start, int end) {
        boolean textBefore = reply.hasTextBefore(start);
        int next = reply.nextContent(end + 1);
        if (next < 0 || (textBefore && reply.kind(next) != LineKind.QUOTE)) {
            // Nothing below, or an original that the client did not mark with "> " (Outlook, K-9).
            reply.cutFrom(start);
            return true;
        }
        if (reply.kind(next) != LineKind.QUOTE) {
            reply.cut(start, end + 1);
            return false;
        }
        int afterQuote = next;
        while (afterQuote < reply.size() && (reply.kind(afterQuote) == LineKind.QUOTE
                || reply.kind(afterQuote) == LineKind.EMPTY)) {
            afterQuote++;
        }
        int below = reply.nextContent(afterQuote);
        if (below < 0) {
            reply.cutFrom(start);
            return true;
        }
        if (!textBefore && !reply.hasKindFrom(LineKind.QUOTE, below)) {
            // Bottom-posted: the whole quoted mail sits above the answer.
            reply.cut(start, afterQuote);
        } else {
            reply.cut(start, end + 1);
        }
        return false;
    }

    private static void cutAtHeaderFieldBlock(ReplyLines reply) {
        int i = 0;
        while (i < reply.size()) {
            if (reply.kind(i) != LineKind.HEADER_FIELD) {
                i++;
                continue;
            }
            int end = i;
            int fields = 1;
            boolean from = HeaderFields.isFromField(reply.line(i));
            for (int k = i + 1; k < reply.size(); k++) {
                if (reply.kind(k) == LineKind.HEADER_FIELD) {
                    fields++;
                    from |= HeaderFields.isFromField(reply.line(k));
                    end = k;
                } else if (!(reply.kind(k) == LineKind.TEXT && k + 1 < reply.size()
                        && reply.kind(k + 1) == LineKind.HEADER_FIELD)) {
                    // A wrapped "Subject:" continues on a line of its own; anything else ends the block.
                    break;
                }
            }
            if (fields >= MIN_HEADER_FIELDS && from) {
                if (reply.hasTextBefore(i)) {
                    reply.cutFrom(i);
                    return;
                }
                reply.cut(i, end + 1);
            }
            i = end + 1;
        }
    }

    private static void cutTrailingQuote(ReplyLines reply) {
        int last = reply.size() - 1;
        while (last >= 0 && (reply.kind(last) == null || reply.kind(last) == LineKind.EMPTY
                || reply.kind(last) == LineKind.QUOTE || reply.kind(last) == LineKind.QUOTE_HEADER)) {
            last--;
        }
        if (last >= 0 && reply.hasTextBefore(last + 1)) {
            reply.cut(last + 1, reply.size());
        }
    }
}
