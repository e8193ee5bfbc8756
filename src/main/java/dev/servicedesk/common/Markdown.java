package dev.servicedesk.common;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place where Markdown (issue descriptions, notes, mail templates) becomes HTML. Raw HTML
 * in the Markdown is rendered too, because people paste it and {@code <details>} has no Markdown
 * syntax, but everything that comes out goes through {@link SafeHtml}'s allow-list (MAIL_SAFETY
 * item 17), so the result is safe to print unescaped ({@code th:utext}).
 *
 * <p>Thread-safe: commonmark's parser and renderer and the jsoup cleaner hold no per-call state.
 */
@Component
public final class Markdown {

    private static final Logger log = LoggerFactory.getLogger(Markdown.class);

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final SafeHtml safeHtml = new SafeHtml();

    public Markdown() {
        List<Extension> extensions = List.of(
                TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    /** Sanitised HTML for the given Markdown; "" for null or blank input. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // commonmark ends every block with a newline; the last one is noise in a template.
        return render(markdown).body().html().stripTrailing();
    }

    /**
     * Readable text for mail text parts and previews, taken from the same sanitised HTML that
     * {@link #toHtml} shows, so the text part never carries what the HTML part dropped (remote
     * images, script). See {@link PlainText} for the layout. The result is text, not HTML: escape
     * it when it goes into a page.
     */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return PlainText.of(render(markdown).body());
    }

    private Document render(String markdown) {
        try {
            return safeHtml.clean(renderer.render(parser.parse(markdown)));
        } catch (StackOverflowError tooDeep) {
            // commonmark walks its tree recursively: a couple of thousand nested quotes or list
            // items (a hostile mail) exhaust a request thread's stack. Showing the source as text
            // keeps the issue readable instead of failing every page and mail that includes it.
            log.warn("Markdown of {} characters is nested too deeply to render; shown as text", markdown.length());
            return safeHtml.clean("<pre>" + Entities.escape(markdown) + "</pre>");
        }
    }
}
