package dev.servicedesk.outbound.internal;

import dev.servicedesk.common.InstanceProperties;
import dev.servicedesk.common.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * A filled-in template (Markdown) as text and HTML: the HTML through the same sanitiser as the
 * pages, with links made absolute so that uploads and issue links work from a mail client.
 */
@Component
class MailBodies {

    private final Markdown markdown;
    private final InstanceProperties instance;

    MailBodies(Markdown markdown, InstanceProperties instance) {
        this.markdown = markdown;
        this.instance = instance;
    }

    RenderedBody render(String filledMarkdown) {
        String base = instance.url("/");
        Document html = Jsoup.parseBodyFragment(markdown.toHtml(filledMarkdown), base);
        for (Element link : html.select("a[href]")) {
            link.attr("href", link.absUrl("href"));
        }
        for (Element image : html.select("img[src]")) {
            image.attr("src", image.absUrl("src"));
        }
        String text = markdown.toPlainText(filledMarkdown);
        return new RenderedBody(text, "<!DOCTYPE html><html><body>" + html.body().html() + "</body></html>");
    }
}
