package dev.servicedesk.inbound.internal.trimming;

import java.util.List;
import java.util.regex.Pattern;

/** Gives every line of a reply its {@link LineKind}. */
final class LineClassifier {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}```");

    private LineClassifier() {
    }

    static LineKind[] classify(List<String> lines) {
        boolean[] header = QuoteHeaders.find(lines);
        boolean[] code = insideClosedCodeFences(lines);
        LineKind[] kinds = new LineKind[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (code[i]) {
                // A pasted config or shell snippet is the writer's own text, "####" and "> x" included.
                kinds[i] = LineKind.TEXT;
            } else if (line.isBlank()) {
                kinds[i] = LineKind.EMPTY;
            } else if (header[i]) {
                kinds[i] = LineKind.QUOTE_HEADER;
            } else if (Quotes.isQuoted(line)) {
                kinds[i] = LineKind.QUOTE;
            } else if (Separators.isSeparator(line)) {
                kinds[i] = LineKind.SEPARATOR;
            } else if (DeviceSignatures.isDeviceSignature(line) && (i == 0 || lines.get(i - 1).isBlank()
                    || kinds[i - 1] == LineKind.DEVICE_SIGNATURE)) {
                // Clients put their line after a blank one; a wrapped sentence that happens to
                // begin with "sent from ..." does not.
                kinds[i] = LineKind.DEVICE_SIGNATURE;
            } else if (HeaderFields.isField(line)) {
                kinds[i] = LineKind.HEADER_FIELD;
            } else {
                kinds[i] = LineKind.TEXT;
            }
        }
        return kinds;
    }

    /** Lines from an opening ``` to its closing one; an unclosed fence protects nothing. */
    private static boolean[] insideClosedCodeFences(List<String> lines) {
        boolean[] code = new boolean[lines.size()];
        int open = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!FENCE.matcher(lines.get(i)).find()) {
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                for (int j = open; j <= i; j++) {
                    code[j] = true;
                }
                open = -1;
            }
        }
        return code;
    }
}
