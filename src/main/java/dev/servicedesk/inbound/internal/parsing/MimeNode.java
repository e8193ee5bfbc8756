package dev.servicedesk.inbound.internal.parsing;

import java.util.List;

/**
 * One part of a parsed mail, read once and then only looked at: body extraction, attachment
 * collection and bounce detection each walk the same tree.
 *
 * @param type        the lower-cased media type, e.g. {@code text/plain}; a default when the part declares none
 * @param typeHeader  Content-Type with its parameters
 * @param disposition Content-Disposition with its parameters (token "" when absent)
 * @param fileName    the decoded, sanitised file name the part declares; null when none
 * @param content     the content, transfer encoding decoded on demand; none for multiparts
 * @param children    the parts of a multipart
 * @param embedded    the parsed message inside a message/rfc822 part; null otherwise
 */
record MimeNode(
        HeaderFields headers,
        String type,
        MimeHeaderValue typeHeader,
        MimeHeaderValue disposition,
        String fileName,
        PartContent content,
        List<MimeNode> children,
        MimeNode embedded) {

    boolean is(String mediaType) {
        return type.equals(mediaType);
    }

    boolean isMultipart() {
        return type.startsWith("multipart/");
    }

    /** message/rfc822, or message/global (RFC 6532), the same with UTF-8 headers. */
    boolean isMessage() {
        return is("message/rfc822") || is("message/global");
    }

    String parameter(String name) {
        return typeHeader.parameter(name);
    }
}
