package dev.servicedesk.inbound.internal.parsing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * HTML mail to Markdown (MAIL_SAFETY item 17): jsoup parses, the parts that must never reach an
 * issue are removed, flexmark converts the rest. Rendering the Markdown sanitises again; removing
 * here keeps style sheets and tracking pixels out of the stored description in the first place.
 *
 * <p>Thread-safe: the converter is immutable and creates its state per call.
 */
final class HtmlToMarkdown {

    private static final Logger log = LoggerFactory.getLogger(HtmlToMarkdown.class);

    /** Not content: style sheets, scripts, embedded objects, forms of newsletters. */
    private static final String REMOVED = "head, style, script, noscript, template, iframe, frame, frameset, "
            + "object, embed, applet, svg, canvas, audio, video, form, input, button, select, textarea, "
            + "[hidden], [style~=(?i)display\\s*:\\s*none]";

    /** A hard break ("  " at the line end) right before a blank line or the end: {@code <br>} closing a paragraph. */
    private static final Pattern USELESS_HARD_BREAK = Pattern.compile("[ \\t]+(?=\\n[ \\t]*\\n|\\n?$)");

    private final FlexmarkHtmlConverter converter = FlexmarkHtmlConverter.builder(new MutableDataSet()
                    .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
                    .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
                    .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
                    .set(FlexmarkHtmlConverter.RENDER_COMMENTS, false)
                    .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
                    .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
                    .set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 2))
            .build();

    String convert(String html) {
        Document document = Jsoup.parse(html);
        clean(document);
        try {
            return USELESS_HARD_BREAK.matcher(converter.convert(document.body())).replaceAll("");
        } catch (StackOverflowError | RuntimeException unconvertible) {
            // The converter recurses per element; thousands of nested tags (hostile or generated
            // mail) exhaust the stack. The text is still worth keeping.
            log.warn("HTML mail body of {} characters could not be converted to Markdown ({}); keeping its text",
                    html.length(), unconvertible.toString());
            return document.body().wholeText();
        }
    }

    private static void clean(Document document) {
        document.select(REMOVED).remove();
        for (Element image : document.select("img")) {
            // Remote images are trackers (and unwanted in issues); an embedded cid: image is an
            // attachment already, so its alt text is all the body needs.
            String source = image.attr("src").trim().toLowerCase(Locale.ROOT);
            String alt = image.attr("alt").trim();
            if (source.startsWith("cid:") && !alt.isEmpty()) {
                image.replaceWith(new TextNode(alt));
            } else {
                image.remove();
            }
        }
        for (Element link : document.select("a[href]")) {
            String target = link.attr("href").trim().toLowerCase(Locale.ROOT);
            if (!(target.startsWith("http:") || target.startsWith("https:") || target.startsWith("mailto:"))) {
                link.unwrap();
            }
        }
    }

    /**
     * The charset an HTML part names in a {@code <meta>} tag, for parts whose Content-Type has no
     * charset parameter (the HTML5 encoding sniffing rule, limited to the first 4 KB like browsers).
     */
    static String metaCharset(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, 4096), StandardCharsets.ISO_8859_1);
        Document document = Jsoup.parse(head);
        Element meta = document.selectFirst("meta[charset]");
        if (meta != null) {
            return meta.attr("charset");
        }
        for (Element httpEquiv : document.select("meta[http-equiv][content]")) {
            if (httpEquiv.attr("http-equiv").equalsIgnoreCase("content-type")) {
                return MimeHeaderValue.parse(httpEquiv.attr("content")).parameter("charset");
            }
        }
        return null;
    }
}
