package dev.servicedesk.projects;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.servicedesk.common.InvalidInputException;

/**
 * The path of a group or project from the top, such as {@code demo/support/website}. Each
 * segment follows GitLab's path rule; the first may not be one of the application's own routes.
 */
public record FullPath(String value) {

    private static final Pattern SEGMENT = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$");
    private static final Pattern NOT_SLUG_CHARACTERS = Pattern.compile("[^a-z0-9]+");

    /** Top-level names the application's own pages use (GitLab's TOP_LEVEL_ROUTES plus ours). */
    private static final Set<String> RESERVED_TOP_LEVEL = Set.of(
            "-", ".well-known", "404.html", "422.html", "500.html", "502.html", "503.html", "actuator", "admin",
            "api", "apple-touch-icon.png", "assets", "css", "dashboard", "error", "explore", "favicon.ico",
            "favicon.png", "files", "groups", "health_check", "help", "images", "import", "js", "jwt", "login",
            "oauth", "profile", "projects", "public", "robots.txt", "s", "search", "sitemap", "sitemap.xml",
            "snippets", "unsubscribes", "uploads", "users", "v2", "webjars");

    public FullPath {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("path", "Path can't be blank");
        }
        List<String> segments = List.of(value.split("/", -1));
        segments.forEach(segment -> checkSegment("path", segment));
        if (RESERVED_TOP_LEVEL.contains(segments.get(0).toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("path", "'" + segments.get(0) + "' is reserved and cannot be used as a top-level path");
        }
    }

    public static FullPath of(FullPath parent, String segment) {
        checkSegment("path", segment);
        return new FullPath(parent == null ? segment : parent.value + "/" + segment);
    }

    /** GitLab's path rule for one segment; {@code field} names the form field for the message. */
    public static void checkSegment(String field, String segment) {
        if (segment == null || segment.isEmpty()) {
            throw new InvalidInputException(field, "Path can't be blank");
        }
        if (!SEGMENT.matcher(segment).matches() || segment.endsWith(".") || segment.endsWith(".git") || segment.endsWith(".atom")) {
            throw new InvalidInputException(field, "Path can contain only letters, digits, '_', '-' and '.'. "
                    + "It cannot start with '-' or '.', nor end in '.', '.git' or '.atom'");
        }
    }

    /** GitLab's {@code full_path_slug}: lower-cased, every run outside [a-z0-9] a single '-', trimmed of '-'. */
    public String slug() {
        String slug = NOT_SLUG_CHARACTERS.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    public String lastSegment() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
