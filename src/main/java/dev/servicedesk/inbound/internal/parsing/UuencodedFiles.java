package dev.servicedesk.inbound.internal.parsing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;

/**
 * Files uuencoded into the text of a plain-text mail, as Lotus Notes and other pre-MIME clients
 * still send them ({@code begin 644 name} ... {@code end}). They become attachments, and the text
 * keeps only the words around them.
 */
final class UuencodedFiles {

    private static final Pattern BEGIN = Pattern.compile("begin [0-7]{3,4} (\\S.*)");

    record Split(String text, List<Attachment> files) {
    }

    private UuencodedFiles() {
    }

    static Split split(String text) {
        if (!text.contains("begin ")) {
            return new Split(text, List.of());
        }
        String[] lines = text.split("\n", -1);
        StringBuilder kept = new StringBuilder(text.length());
        List<Attachment> files = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher begin = BEGIN.matcher(lines[i].strip());
            int end = begin.matches() ? endOf(lines, i) : -1;
            Attachment file = end > 0 ? decode(lines, i, end, begin.group(1)) : null;
            if (file != null) {
                files.add(file);
                i = end;
                continue;
            }
            kept.append(lines[i]);
            if (i < lines.length - 1) {
                kept.append('\n');
            }
        }
        return new Split(kept.toString(), files);
    }

    private static int endOf(String[] lines, int begin) {
        for (int i = begin + 1; i < lines.length; i++) {
            if (lines[i].strip().equals("end")) {
                return i;
            }
        }
        return -1;
    }

    private static Attachment decode(String[] lines, int begin, int end, String declaredName) {
        String name = FileNames.sanitised(declaredName);
        if (name == null) {
            return null;
        }
        String block = String.join("\n", Arrays.copyOfRange(lines, begin, end + 1)) + "\n";
        try (InputStream in = MimeUtility.decode(
                new ByteArrayInputStream(block.getBytes(StandardCharsets.ISO_8859_1)), "uuencode")) {
            byte[] content = in.readAllBytes();
            String type = URLConnection.guessContentTypeFromName(name);
            return Attachment.of(name, type != null ? type : "application/octet-stream", content);
        } catch (MessagingException | IOException notUuencode) {
            return null;
        }
    }
}
