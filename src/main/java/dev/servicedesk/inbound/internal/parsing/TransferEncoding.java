package dev.servicedesk.inbound.internal.parsing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;

/**
 * Content-Transfer-Encoding (RFC 2045) decoding that takes what can be read. Jakarta Mail's own
 * decoders throw on a stray character or a wrong padding unless a JVM-wide system property is set;
 * mail in the wild has both (truncated uploads, concatenated base64 blocks, "=" without hex digits).
 */
final class TransferEncoding {

    private TransferEncoding() {
    }

    static byte[] decode(byte[] raw, String encoding) {
        String name = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT).replace("\"", "");
        return switch (name) {
            case "base64" -> base64(raw);
            case "quoted-printable" -> quotedPrintable(raw, false);
            case "uuencode", "x-uuencode", "x-uue" -> uudecode(raw, name);
            // 7bit, 8bit, binary, and anything unknown: the bytes are the content.
            default -> raw;
        };
    }

    /**
     * Base64 ignoring characters outside the alphabet; padding ends one block and a new one may
     * follow (some gateways concatenate encoded chunks); a dangling single character is dropped.
     */
    static byte[] base64(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 3 / 4 + 3);
        byte[] block = new byte[raw.length];
        int length = 0;
        for (byte b : raw) {
            if (isBase64(b)) {
                block[length++] = b;
            } else if (b == '=' && length > 0) {
                length = flush(block, length, out);
            }
        }
        flush(block, length, out);
        return out.toByteArray();
    }

    private static int flush(byte[] block, int length, ByteArrayOutputStream out) {
        int usable = length % 4 == 1 ? length - 1 : length;
        if (usable > 0) {
            byte[] chunk = new byte[usable];
            System.arraycopy(block, 0, chunk, 0, usable);
            out.writeBytes(Base64.getDecoder().decode(chunk));
        }
        return 0;
    }

    private static boolean isBase64(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+' || b == '/';
    }

    /**
     * Quoted-printable (RFC 2045 6.7); with {@code qEncoding} the "Q" of RFC 2047 encoded words,
     * where "_" stands for a space. An "=" not followed by two hex digits or a line break is kept.
     */
    static byte[] quotedPrintable(byte[] raw, boolean qEncoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '=') {
                if (i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                    out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                    i += 2;
                    continue;
                }
                int next = softBreak(raw, i + 1);
                if (next > 0) {
                    i = next - 1;
                    continue;
                }
                out.write(b);
            } else if (b == '_' && qEncoding) {
                out.write(' ');
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** Index after a soft line break ("=" then optional blanks then CRLF or LF), or -1. */
    private static int softBreak(byte[] raw, int from) {
        int i = from;
        while (i < raw.length && (raw[i] == ' ' || raw[i] == '\t')) {
            i++;
        }
        if (i < raw.length && raw[i] == '\r') {
            i++;
        }
        if (i < raw.length && raw[i] == '\n') {
            return i + 1;
        }
        return i == raw.length ? i : -1;
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static byte[] uudecode(byte[] raw, String name) {
        try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(raw), name)) {
            return in.readAllBytes();
        } catch (MessagingException | IOException broken) {
            return raw;
        }
    }
}
