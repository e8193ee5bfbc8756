package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void blankInputGivesEmptyOutput() {
        assertThat(markdown.toHtml(null)).isEmpty();
        assertThat(markdown.toHtml("  \n\t")).isEmpty();
        assertThat(markdown.toPlainText(null)).isEmpty();
        assertThat(markdown.toPlainText(" ")).isEmpty();
    }

    @Test
    void rendersGfmTablesWithAlignment() {
        String html = markdown.toHtml("""
                | Name | Count |
                |:-----|------:|
                | a    | 1     |
                """);

        assertThat(html).contains("<table>", "<thead>", "<tbody>", "<th align=\"left\">Name</th>",
                "<td align=\"right\">1</td>");
    }

    @Test
    void autolinksGetNofollowNoopenerAndNoTarget() {
        String html = markdown.toHtml("See https://example.com/docs and www.example.org, or <a href=\"https://x.example\" target=\"_blank\">x</a>");

        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("a")).hasSize(3).allSatisfy(link -> {
            assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
            assertThat(link.hasAttr("target")).isFalse();
        });
        assertThat(body.select("a").eachAttr("href"))
                .containsExactly("https://example.com/docs", "http://www.example.org", "https://x.example");
    }

    @Test
    void keepsRelativeAndMailtoLinks() {
        String html = markdown.toHtml("[issue](/group/project/-/issues/1) and <help@example.com>");

        assertThat(html).contains("href=\"/group/project/-/issues/1\"", "href=\"mailto:help@example.com\"");
    }

    @Test
    void rendersStrikethrough() {
        assertThat(markdown.toHtml("~~gone~~ and ~also~")).isEqualTo("<p><del>gone</del> and <del>also</del></p>");
    }

    @Test
    void codeBlocksKeepTheirLanguageClassOnly() {
        assertThat(markdown.toHtml("```java\nint x = 1 < 2;\n```"))
                .isEqualTo("<pre><code class=\"language-java\">int x = 1 &lt; 2;\n</code></pre>");
        assertThat(markdown.toHtml("<code class=\"btn language-c++ x\">y</code>"))
                .contains("<code class=\"language-c++\">y</code>");
        assertThat(markdown.toHtml("<p class=\"alert\">z</p>")).isEqualTo("<p>z</p>");
    }

    @Test
    void keepsDetailsAndSummary() {
        String html = markdown.toHtml("""
                <details>
                <summary>Stack trace</summary>

                **bold** inside

                </details>
                """);

        assertThat(html).contains("<details>", "<summary>Stack trace</summary>", "<strong>bold</strong>", "</details>");
    }

    @Test
    void headingsGetNoIds() {
        assertThat(markdown.toHtml("# Title\n\n<h2 id=\"x\">Other</h2>")).isEqualTo("<h1>Title</h1>\n<h2>Other</h2>");
    }

    @Test
    void ownUploadImagesStay() {
        assertThat(markdown.toHtml("![x](/uploads/abc/x.png)")).isEqualTo("<p><img src=\"/uploads/abc/x.png\" alt=\"x\"></p>");
        assertThat(markdown.toHtml("![y](/-/project/7/uploads/abc/y.png)")).contains("<img src=\"/-/project/7/uploads/abc/y.png\"");
    }

    @Test
    void imagesPointingAtOtherPagesOfOursAreRemoved() {
        assertThat(markdown.toHtml("![x](/-/project/7/issues/1/close)")).doesNotContain("<img");
        assertThat(markdown.toHtml("![x](/-/project/7/uploads/abc/../../issues)")).doesNotContain("<img");
        assertThat(markdown.toHtml("![x](/-/project/7/uploads/abc/x.png?download=1)")).doesNotContain("<img");
        assertThat(markdown.toHtml("[file](/-/project/7/uploads/0123456789abcdef0123456789abcdef/a%20b.pdf)"))
                .isEqualTo("<p><a href=\"/-/project/7/uploads/0123456789abcdef0123456789abcdef/a%20b.pdf\" rel=\"nofollow noopener noreferrer\">file</a></p>");
    }

    @Test
    void remoteImagesAreRemovedBecauseTheyTrackReaders() {
        assertThat(markdown.toHtml("![x](https://tracker.example/p.gif)")).isEqualTo("<p></p>");
        assertThat(markdown.toHtml("<img src=\"http://tracker.example/p.gif\">")).doesNotContain("<img");
    }

    @Test
    void plainTextIsReadable() {
        String text = markdown.toPlainText("""
                # Printer

                It **does not** print, see [the manual](https://example.com/manual) and <ops@example.com>.

                - one
                - two
                  1. nested

                > quoted
                > line

                ```
                code  stays
                ```

                | a | b |
                |---|---|
                | 1 | 2 |

                <script>alert(1)</script>

                ![pixel](https://tracker.example/p.gif)
                """);

        assertThat(text).isEqualTo("""
                Printer

                It does not print, see the manual <https://example.com/manual> and ops@example.com.

                - one
                - two
                   1. nested

                > quoted line

                code  stays

                a | b
                1 | 2""");
    }

    @Test
    void nestingTooDeepForTheParserShowsTheSourceAsText() {
        String hostile = ">".repeat(50_000) + " <script>alert(1)</script>";

        assertThat(markdown.toHtml(hostile)).startsWith("<pre>&gt;&gt;").endsWith(" &lt;script&gt;alert(1)&lt;/script&gt;</pre>");
        assertThat(markdown.toPlainText(hostile)).isEqualTo(hostile);
    }

    @Test
    void htmlNestedHundredsOfLevelsDeepIsFlattened() {
        String html = markdown.toHtml("<em>".repeat(20_000) + "deep");

        assertThat(html).contains("deep");
        assertThat(html.split("<em>", -1).length - 1).isLessThanOrEqualTo(100);
    }

    @ParameterizedTest
    @MethodSource("xssVectors")
    void xssVectorRendersInert(String vector) {
        String html = markdown.toHtml(vector);
        String lower = html.toLowerCase(Locale.ROOT);

        for (String tag : List.of("<script", "<iframe", "<style", "<object", "<embed", "<form", "<meta", "<base",
                "<svg", "<math", "<link", "<input")) {
            assertThat(lower).as("%s in %s", tag, html).doesNotContain(tag);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertThat(ALLOWED.keySet()).as("tag in %s", html).contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                assertInert(element, attribute, html);
            }
            if (element.nameIs("img")) {
                assertThat(element.attr("src")).as("img in %s", html)
                        .matches("/(uploads|-/project)/\\S+").doesNotContain("..");
            }
        }
        // A browser re-parsing the output must see the same tree, or a mutation could sneak past the check.
        assertThat(reparsed(html)).isEqualTo(html);
    }

    private static void assertInert(Element element, Attribute attribute, String html) {
        String name = attribute.getKey();
        String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        assertThat(name).as("attribute in %s", html).doesNotMatch("on[a-z]+").isNotIn("style", "target", "id");
        assertThat(ALLOWED.get(element.normalName())).as("attribute %s in %s", name, html).contains(name);
        assertThat(value).as("%s in %s", name, html).doesNotContain("javascript:", "vbscript:", "data:");
        if (name.equals("href")) {
            assertThat(value).as("href in %s", html).matches("(https?:|mailto:|/|#|[^:]*$).*");
        }
    }

    private static String reparsed(String html) {
        var document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    static Stream<String> xssVectors() throws IOException {
        try (InputStream in = MarkdownTests.class.getResourceAsStream("/xss/vectors.txt")) {
            List<String> vectors = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\n", "\n"))
                    .toList();
            assertThat(vectors).hasSizeGreaterThanOrEqualTo(40);
            return vectors.stream();
        }
    }

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("a", Set.of("href", "title", "rel")),
            Map.entry("img", Set.of("src", "alt", "title")),
            Map.entry("code", Set.of("class")),
            Map.entry("ol", Set.of("start")),
            Map.entry("th", Set.of("align")),
            Map.entry("td", Set.of("align")),
            Map.entry("details", Set.of("open")),
            Map.entry("p", Set.of()), Map.entry("br", Set.of()), Map.entry("hr", Set.of()),
            Map.entry("em", Set.of()), Map.entry("strong", Set.of()), Map.entry("del", Set.of()),
            Map.entry("s", Set.of()), Map.entry("pre", Set.of()), Map.entry("blockquote", Set.of()),
            Map.entry("ul", Set.of()), Map.entry("li", Set.of()), Map.entry("h1", Set.of()),
            Map.entry("h2", Set.of()), Map.entry("h3", Set.of()), Map.entry("h4", Set.of()),
            Map.entry("h5", Set.of()), Map.entry("h6", Set.of()), Map.entry("sub", Set.of()),
            Map.entry("sup", Set.of()), Map.entry("kbd", Set.of()), Map.entry("table", Set.of()),
            Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()), Map.entry("tr", Set.of()),
            Map.entry("summary", Set.of()));
}
