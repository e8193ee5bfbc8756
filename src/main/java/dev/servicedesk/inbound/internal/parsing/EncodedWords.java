package dev.servicedesk.inbound.internal.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words ({@code =?charset?B|Q?text?=}) in header values and file names.
 *
 * <p>Jakarta Mail's {@code MimeUtility.decodeText} is not used because it fails the whole value on
 * one unknown charset, decodes words embedded in other text only under a JVM-wide system property,
 * and decodes each word on its own: Outlook, iOS and many webmailers split one multi-byte character
 * across two adjacent words, so here adjacent words in the same charset are joined as bytes first.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");

    private EncodedWords() {
    }

    static String decode(String text) {
        if (text == null || !text.contains("=?")) {
            return text;
        }
        return rewrite(text, false);
    }

    /**
     * The same text with each run of adjacent encoded words replaced by one UTF-8 word, for values
     * that Jakarta Mail parses itself (address lists): it then decodes them correctly.
     */
    static String canonical(String text) {
        if (text == null || !text.contains("=?")) {
            return text;
        }
        return rewrite(text, true);
    }

    private static String rewrite(String text, boolean asUtf8Words) {
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream pending = null;
        String pendingCharset = null;
        int last = 0;
        while (word.find()) {
            String between = text.substring(last, word.start());
            // RFC 2047 6.2: white space between two adjacent encoded words is not displayed.
            boolean adjacent = pending != null && between.isBlank();
            String charset = withoutLanguage(word.group(1));
            byte[] bytes = bytesOf(word.group(2), word.group(3));
            if (adjacent && charset.equalsIgnoreCase(pendingCharset)) {
                pending.writeBytes(bytes);
            } else {
                if (pending != null) {
                    out.append(finish(pending, pendingCharset, asUtf8Words));
                }
                if (!adjacent) {
                    out.append(between);
                }
                pending = new ByteArrayOutputStream();
                pending.writeBytes(bytes);
                pendingCharset = charset;
            }
            last = word.end();
        }
        if (pending != null) {
            out.append(finish(pending, pendingCharset, asUtf8Words));
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String finish(ByteArrayOutputStream bytes, String charset, boolean asUtf8Word) {
        String decoded = Charsets.decode(bytes.toByteArray(), charset);
        if (!asUtf8Word) {
            return decoded;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** RFC 2231 section 5 lets a language follow the charset: {@code =?iso-8859-1*en?Q?...?=}. */
    private static String withoutLanguage(String charset) {
        int star = charset.indexOf('*');
        return star < 0 ? charset : charset.substring(0, star);
    }

    private static byte[] bytesOf(String encoding, String encoded) {
        byte[] ascii = encoded.getBytes(StandardCharsets.ISO_8859_1);
        return encoding.equalsIgnoreCase("B")
                ? TransferEncoding.base64(ascii)
                : TransferEncoding.quotedPrintable(ascii, true);
    }
}
