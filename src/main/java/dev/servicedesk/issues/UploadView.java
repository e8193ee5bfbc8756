package dev.servicedesk.issues;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.springframework.web.util.UriUtils;

/**
 * One stored file. {@link #url()} is GitLab's form, {@code /-/project/<id>/uploads/<secret>/<name>};
 * {@link #markdown()} is what goes into a description or note: {@code ![name](url)} for images a
 * browser may show inline, {@code [name](url)} for everything else.
 */
public record UploadView(long id, long projectId, String secret, String fileName, String contentType, long size,
                         Instant createdAt) {

    /** Image types browsers decode as images only; SVG is left out because it can carry script. */
    private static final Set<String> INLINE_IMAGES = Set.of(
            "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/avif");

    public String url() {
        // ( and ) are allowed in a path segment but would end a Markdown link destination early.
        String name = UriUtils.encodePathSegment(fileName, java.nio.charset.StandardCharsets.UTF_8)
                .replace("(", "%28").replace(")", "%29");
        return "/-/project/" + projectId + "/uploads/" + secret + "/" + name;
    }

    public boolean image() {
        return INLINE_IMAGES.contains(contentType.toLowerCase(Locale.ROOT));
    }

    public String markdown() {
        return (image() ? "!" : "") + "[" + escapeLinkText(fileName) + "](" + url() + ")";
    }

    private static String escapeLinkText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\[]*_`<>!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
