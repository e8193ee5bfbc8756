package dev.servicedesk.inbound.internal.parsing;

/**
 * How much of a hostile mail the parser is willing to read (MAIL_SAFETY item 15). A mail over any
 * of these is rejected with a {@link MalformedMailException} before it can exhaust memory or stack.
 *
 * @param maxBytes        size of the raw RFC 822 message
 * @param maxParts        MIME parts in the whole message, embedded messages included
 * @param maxDepth        nesting of multiparts and message/rfc822 parts below the top level
 * @param maxHeaderCount  header fields in one header block (the message's or one part's)
 * @param maxHeaderLength characters in one header field, folding included
 */
public record MailLimits(long maxBytes, int maxParts, int maxDepth, int maxHeaderCount, int maxHeaderLength) {

    public MailLimits {
        if (maxBytes <= 0 || maxParts <= 0 || maxDepth < 0 || maxHeaderCount <= 0 || maxHeaderLength <= 0) {
            throw new IllegalArgumentException("mail limits must be positive: " + maxBytes + ", " + maxParts
                    + ", " + maxDepth + ", " + maxHeaderCount + ", " + maxHeaderLength);
        }
    }

    /** 25 MB (GitLab's and most providers' limit), 500 parts, 20 levels, 1000 headers, 100,000 characters per header. */
    public static MailLimits defaults() {
        return new MailLimits(25L * 1024 * 1024, 500, 20, 1000, 100_000);
    }
}
