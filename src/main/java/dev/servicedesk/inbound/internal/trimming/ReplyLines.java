package dev.servicedesk.inbound.internal.trimming;

import java.util.List;

/** The classified lines of one reply and which of them have been cut so far. */
final class ReplyLines {

    private final List<String> lines;
    private final LineKind[] kinds;
    private final boolean[] cut;
    /** Lines are only ever cut, never restored, so the first kept text line only moves down. */
    private int firstText;

    ReplyLines(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.kinds = LineClassifier.classify(this.lines);
        this.cut = new boolean[lines.size()];
    }

    int size() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    /** The kind of a line still kept; null for a cut one, so rules skip it. */
    LineKind kind(int index) {
        return cut[index] ? null : kinds[index];
    }

    boolean hasTextBefore(int index) {
        // Asked once per separator, attribution and header block: kept linear for hostile mail
        // made of thousands of them.
        while (firstText < size() && (cut[firstText] || kinds[firstText] != LineKind.TEXT)) {
            firstText++;
        }
        return firstText < index;
    }

    boolean hasKindFrom(LineKind kind, int index) {
        return find(kind, index, size()) >= 0;
    }

    /** The first kept non-empty line at or after {@code index}, or -1. */
    int nextContent(int index) {
        for (int i = Math.max(index, 0); i < size(); i++) {
            if (!cut[i] && kinds[i] != LineKind.EMPTY) {
                return i;
            }
        }
        return -1;
    }

    void cut(int from, int toExclusive) {
        for (int i = from; i < toExclusive; i++) {
            cut[i] = true;
        }
    }

    void cutFrom(int index) {
        cut(index, size());
    }

    String kept() {
        return joined(false);
    }

    String elided() {
        return joined(true);
    }

    private int find(LineKind kind, int from, int toExclusive) {
        for (int i = from; i < toExclusive; i++) {
            if (!cut[i] && kinds[i] == kind) {
                return i;
            }
        }
        return -1;
    }

    private String joined(boolean wasCut) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < size(); i++) {
            if (cut[i] == wasCut) {
                text.append(lines.get(i)).append('\n');
            }
        }
        return withoutBlankEdges(text.toString());
    }

    /** Drops blank lines at both ends but keeps the first line's indentation (code, lists). */
    static String withoutBlankEdges(String text) {
        String[] parts = text.split("\n", -1);
        int first = 0;
        int last = parts.length - 1;
        while (first <= last && parts[first].isBlank()) {
            first++;
        }
        while (last >= first && parts[last].isBlank()) {
            last--;
        }
        return first > last ? "" : String.join("\n", java.util.Arrays.copyOfRange(parts, first, last + 1));
    }
}
