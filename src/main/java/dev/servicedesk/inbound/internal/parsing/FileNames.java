package dev.servicedesk.inbound.internal.parsing;

import java.util.Locale;
import java.util.Map;

/** Attachment file names: the declared one decoded and made safe, or a generated one. */
final class FileNames {

    private static final int MAX_LENGTH = 255;

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"), Map.entry("image/jpg", "jpg"),
            Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"), Map.entry("image/bmp", "bmp"),
            Map.entry("image/svg+xml", "svg"), Map.entry("image/tiff", "tif"), Map.entry("image/heic", "heic"),
            Map.entry("application/pdf", "pdf"), Map.entry("application/zip", "zip"),
            Map.entry("text/calendar", "ics"), Map.entry("text/plain", "txt"), Map.entry("text/html", "html"),
            Map.entry("text/csv", "csv"), Map.entry("message/rfc822", "eml"), Map.entry("message/global", "eml"));

    private FileNames() {
    }

    /**
     * The file name a part declares: Content-Disposition's {@code filename}, else Content-Type's
     * {@code name} (older Outlook versions). RFC 2231 continuations are already joined; RFC 2047
     * words inside the quoted value are not standard but Outlook and Thunderbird write them.
     */
    static String declared(MimeHeaderValue type, MimeHeaderValue disposition) {
        String name = disposition.parameter("filename");
        if (name == null) {
            name = type.parameter("name");
        }
        return name == null ? null : sanitised(EncodedWords.decode(name));
    }

    /**
     * Without a directory (old Outlook and Internet Explorer sent {@code C:\Users\...\file.pdf}),
     * control characters and surrounding blanks; at most 255 characters, keeping the extension.
     * Null when nothing usable is left.
     */
    static String sanitised(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(base.length());
        base.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        String result = clean.toString().trim();
        if (result.isEmpty() || result.equals(".") || result.equals("..")) {
            return null;
        }
        if (result.length() > MAX_LENGTH) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 16 ? result.substring(dot) : "";
            result = result.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return result;
    }

    /**
     * A name for a part that declares none: an attached message after its subject, an inline image
     * after its Content-ID when that looks like a file name ({@code <image001.png@01DC...>}, as
     * Outlook writes it), else {@code image-2.png} or {@code attachment-3.bin}.
     */
    static String generated(MimeNode node, int number) {
        if (node.embedded() != null) {
            String subject = sanitised(node.embedded().headers().decoded("subject"));
            if (subject != null) {
                return sanitised(subject.replaceAll("[/\\\\:*?\"<>|]", "_") + ".eml");
            }
        }
        String contentId = node.headers().first("content-id");
        if (contentId != null) {
            String local = contentId.trim().replaceAll("^<|>$", "");
            int at = local.indexOf('@');
            String candidate = sanitised(at > 0 ? local.substring(0, at) : local);
            if (candidate != null && candidate.matches(".+\\.[A-Za-z0-9]{1,5}")) {
                return candidate;
            }
        }
        String prefix = node.type().startsWith("image/") ? "image" : node.isMessage() ? "message" : "attachment";
        return prefix + "-" + number + "." + extension(node.type());
    }

    private static String extension(String type) {
        String known = EXTENSIONS.get(type);
        if (known != null) {
            return known;
        }
        String subtype = type.substring(type.indexOf('/') + 1).toLowerCase(Locale.ROOT);
        return type.startsWith("image/") && subtype.matches("[a-z0-9]{1,5}") ? subtype : "bin";
    }
}
