package dev.servicedesk.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML allow-list of MAIL_SAFETY item 17. jsoup's {@link Safelist} decides tags, attributes
 * and link protocols; the rules it cannot express (images only from our own uploads, only
 * {@code language-*} classes on code, a nesting limit) run on the same parsed tree just before it.
 */
final class SafeHtml {

    /**
     * jsoup checks a relative link's protocol by resolving it against the document's base URI;
     * without one every relative link would be dropped. The host never appears in the output.
     */
    private static final String BASE_URI = "https://servicedesk.invalid/";

    /**
     * Our own upload paths (GitLab's two forms, {@code /-/project/<id>/uploads/<secret>/<name>} and
     * the project-relative {@code /uploads/<secret>/<name>}). Anything else is remote (a tracking
     * pixel) or another page of ours, which an image has no business requesting.
     */
    private static final Pattern OWN_UPLOAD = Pattern.compile("(/-/project/\\d+)?/uploads/[A-Za-z0-9]+/[^/?#\\s\\\\\\p{Cntrl}]+");

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");

    /**
     * jsoup's cleaner looks up each element's base URI through all its ancestors, so its time grows
     * with the square of the nesting: 200,000 nested tags in a mail took minutes. No real text nests
     * a hundred levels deep.
     */
    private static final int MAX_DEPTH = 100;

    private final Cleaner cleaner = new Cleaner(safelist());

    Document clean(String html) {
        // Dropping a tag can leave a tree that no parser builds (a <table> inside a <p>, left over
        // from <math><mtext><table>), which a browser would rearrange: the mutation XSS pattern.
        // Cleaning the serialised result once more gives the tree a browser will actually see.
        return cleanOnce(cleanOnce(html).body().html());
    }

    private Document cleanOnce(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        flattenBelow(MAX_DEPTH, dirty.body());
        dirty.select("img").forEach(img -> {
            if (!isOwnUpload(img.attr("src"))) {
                img.remove();
            }
        });
        dirty.select("[class]").forEach(SafeHtml::keepOnlyLanguageClass);
        Document clean = cleaner.clean(dirty);
        // Pretty printing would re-indent text next to <pre> and inline elements.
        clean.outputSettings().prettyPrint(false);
        return clean;
    }

    private static void flattenBelow(int maxDepth, Element root) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth > maxDepth && node instanceof Element element) {
                tooDeep.add(element);
            }
        }, root);
        // Outermost first: each unwrap hands its children, still in the list, to a kept ancestor.
        tooDeep.forEach(Element::unwrap);
    }

    private static boolean isOwnUpload(String src) {
        // ".." (also percent-encoded) could climb out of /uploads/ to any GET endpoint of ours.
        return OWN_UPLOAD.matcher(src).matches()
                && !src.contains("..")
                && !src.toLowerCase(Locale.ROOT).contains("%2e");
    }

    private static void keepOnlyLanguageClass(Element element) {
        // Our own CSS classes on user content would let a note dress up as our UI (a fake button).
        String kept = !element.nameIs("code") ? "" : Arrays.stream(element.className().split("\\s+"))
                .filter(name -> LANGUAGE_CLASS.matcher(name).matches())
                .collect(Collectors.joining(" "));
        if (kept.isEmpty()) {
            element.removeAttr("class");
        } else {
            element.attr("class", kept);
        }
    }

    private static Safelist safelist() {
        return new Safelist()
                .addTags("p", "br", "hr", "em", "strong", "del", "s", "code", "pre", "blockquote",
                        "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "sub", "sup", "kbd")
                .addTags("a", "img", "table", "thead", "tbody", "tr", "th", "td", "details", "summary")
                .addAttributes("a", "href", "title")
                .addProtocols("a", "href", "http", "https", "mailto")
                // noopener/noreferrer: the linked page gets neither window.opener nor our issue URL.
                .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
                // src is checked by isOwnUpload first: a protocol list cannot say "under /uploads/".
                .addAttributes("img", "src", "alt", "title")
                .addAttributes("code", "class")
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("details", "open")
                .preserveRelativeLinks(true);
    }
}
