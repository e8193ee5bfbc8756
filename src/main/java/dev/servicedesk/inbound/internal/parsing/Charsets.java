package dev.servicedesk.inbound.internal.parsing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

import jakarta.mail.internet.MimeUtility;

/**
 * Bytes to text the way MAIL_SAFETY item 16 asks: the declared charset, then UTF-8, then
 * windows-1252. Each step decodes strictly, so a wrong label (us-ascii on 8-bit text, utf-8 on
 * Latin-1) falls through to the next instead of producing U+FFFD; the last step never fails.
 */
final class Charsets {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /*
     * Mail clients label text with the old standard charset but write its Microsoft superset
     * (Outlook's "iso-8859-1" with curly quotes, "gb2312" with GBK characters). The WHATWG Encoding
     * Standard maps these labels the same way for the same reason.
     */
    private static final Map<String, String> SUPERSETS = Map.of(
            "ISO-8859-1", "windows-1252",
            "GB2312", "GB18030",
            "GBK", "GB18030",
            "EUC-KR", "x-windows-949",
            "Shift_JIS", "windows-31j",
            "ISO-8859-9", "windows-1254",
            "TIS-620", "x-windows-874");

    private Charsets() {
    }

    /** Text of bytes labelled with {@code declared} (may be null, unknown or wrong). */
    static String decode(byte[] bytes, String declared) {
        Charset charset = lookup(declared);
        if (charset != null) {
            String text = strict(bytes, charset);
            if (text != null) {
                return text;
            }
        }
        return decodeUndeclared(bytes);
    }

    /** Text of bytes that carry no charset label: raw 8-bit headers, unlabelled parts. */
    static String decodeUndeclared(byte[] bytes) {
        String text = strict(bytes, StandardCharsets.UTF_8);
        return text != null ? text : windows1252(bytes);
    }

    /** A charset Java knows for the MIME name, or null. */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String cleaned = name.trim().replace("\"", "").replace("'", "");
        try {
            Charset charset = Charset.forName(MimeUtility.javaCharset(cleaned));
            String superset = SUPERSETS.get(charset.name());
            return superset != null && Charset.isSupported(superset) ? Charset.forName(superset) : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException | UnsupportedOperationException notThisCharset) {
            return null;
        }
    }

    /*
     * windows-1252 leaves five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) undefined and Java decodes them
     * to U+FFFD. The charset is single-byte, so each char lines up with its byte and those five can
     * keep their ISO-8859-1 meaning, as browsers do.
     */
    private static String windows1252(byte[] bytes) {
        char[] chars = new String(bytes, WINDOWS_1252).toCharArray();
        for (int i = 0; i < chars.length && i < bytes.length; i++) {
            if (chars[i] == '\uFFFD') {
                chars[i] = (char) (bytes[i] & 0xFF);
            }
        }
        return new String(chars);
    }
}
