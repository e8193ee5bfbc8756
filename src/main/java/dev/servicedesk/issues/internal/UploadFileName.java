package dev.servicedesk.issues.internal;

import java.text.Normalizer;

/**
 * A file name fit for a URL segment, a Content-Disposition header and a Markdown link: no directory
 * part (Windows clients send {@code C:\Users\...}), no control characters, at most 255 characters
 * with the extension kept. Unicode stays: a Japanese or German name is shown as the customer wrote it.
 */
public record UploadFileName(String value) {

    static final int MAX_LENGTH = 255;

    public UploadFileName {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH || value.contains("/") || value.contains("\\")
                || value.equals(".") || value.equals("..") || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not a usable file name: " + value);
        }
    }

    /** The best usable name for what a browser or mail said; {@code fallback} when nothing is left. */
    public static UploadFileName of(String raw, String fallback) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c) && c != 0xFFFD)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = fallback;
        }
        return new UploadFileName(shorten(name));
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, MAX_LENGTH - extension.length());
        if (Character.isHighSurrogate(stem.charAt(stem.length() - 1))) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem + extension;
    }
}
