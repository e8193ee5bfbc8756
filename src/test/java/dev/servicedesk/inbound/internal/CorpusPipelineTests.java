package dev.servicedesk.inbound.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.UploadService;
import dev.servicedesk.issues.UploadView;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every mail of the shared corpus (../shared/corpus/README.md: Request Tracker's and FreeScout's
 * test mails) through the whole pipeline, stored the way the mailbox adapters store mail and worked
 * by the real worker: each reaches an outcome (issue, note, ignored, rejected) without an exception
 * or a failed row, and the issues' titles and attachment names are proper Unicode. The mails are
 * addressed to a test project the way a mail server delivers them, with a {@code Delivered-To} line
 * on top. Where the corpus folder is absent (a fresh clone) the tests report themselves skipped.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusPipelineTests {

    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final List<Path> FOLDERS = List.of(CORPUS.resolve("rt/emails"), CORPUS.resolve("freescout/messages"));
    private static final String MISSING = "the shared mail corpus is not at " + CORPUS.toAbsolutePath().normalize()
            + " (a clone without ../shared); nothing to run through the pipeline";

    @Autowired InboundEmailStore store;
    @Autowired InboundEmailWorker worker;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired IssueService issues;
    @Autowired UploadService uploads;

    ProjectView project;
    UserView owner;
    /** Corpus file (relative to the corpus folder) to its processed row. */
    final Map<String, Row> rows = new TreeMap<>();

    record Row(long id, String status, String reason, Long issueId, int attempts) {
    }

    @BeforeAll
    void runTheCorpus() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return;
        }
        owner = fixtures.user("corpus");
        project = fixtures.project(owner, Visibility.PRIVATE);
        serviceDesk.setEnabled(owner.asActor(), project.id(), true);
        String address = "incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost";

        Map<String, Long> stored = new LinkedHashMap<>();
        for (Path file : corpusFiles()) {
            stored.put(CORPUS.relativize(file).toString(), store.storeDelivered("incoming_email", delivered(address, Files.readAllBytes(file))));
        }
        worker.wakeUp();
        // Done when every row has an outcome; a row that threw keeps status 'received' with its error as reason.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> stored.values().stream()
                .map(this::row).allMatch(row -> !row.status().equals("received") || row.reason() != null));
        stored.forEach((file, id) -> rows.put(file, row(id)));
        System.out.println("Corpus pipeline outcomes: " + rows.values().stream()
                .collect(Collectors.groupingBy(Row::status, TreeMap::new, Collectors.counting())));
        rows.forEach((file, row) -> System.out.printf("  %-60s %-14s %s%n", file, row.status(),
                row.issueId() == null ? String.valueOf(row.reason()) : issue(row).title()));
    }

    @Test
    void everyMailReachesAnOutcomeWithoutAnException() {
        assumeTrue(Files.isDirectory(CORPUS), MISSING);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(35);
        assertThat(rows).allSatisfy((file, row) -> {
            assertThat(row.status()).as("%s: %s", file, row.reason()).isIn("issue_created", "note_added", "ignored", "rejected");
            assertThat(row.attempts()).as("%s was retried: %s", file, row.reason()).isEqualTo(1);
        });
        assertThat(rows.values()).filteredOn(row -> row.status().equals("issue_created")).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void titlesAndAttachmentNamesAreDecoded() {
        assumeTrue(Files.isDirectory(CORPUS), MISSING);
        rows.forEach((file, row) -> {
            if (row.issueId() == null) {
                return;
            }
            IssueView issue = issue(row);
            assertThat(issue.title()).as("title of %s", file).doesNotContain("=?", "\uFFFD", "\u0000");
            assertThat(issue.description()).as("description of %s", file).doesNotContain("\uFFFD", "\u0000");
            assertThat(files(issue)).as("attachments of %s", file).allSatisfy(name ->
                    assertThat(name).isNotBlank().doesNotContain("=?", "\uFFFD", "/", "\\"));
        });
    }

    @Test
    void knownSubjectsAndFileNamesComeOutExactly() {
        assumeTrue(Files.isDirectory(CORPUS), MISSING);
        assertThat(title("rt/emails/8859-15-message-series/msg1")).isEqualTo("test äöüßÄÖÜß€");
        assertThat(title("rt/emails/new-ticket-from-gb18030")).isEqualTo("测试");
        assertThat(title("freescout/messages/message-5-iso-2022-jp.eml")).isEqualTo("ご注文商品を本日お届けします");
        assertThat(title("freescout/messages/message-4-null-bytes.eml")).isEqualTo("активизация виндойс");
        assertThat(files("freescout/messages/message-4-null-bytes.eml")).containsExactly("image001.png");
        assertThat(files("rt/emails/rfc2231-attachment-filename-continuations")).containsExactly("新しいテキスト ドキュメント.txt");
        assertThat(files("freescout/messages/message-1b.eml")).containsExactly("2021_Mängelliste_0819306.xlsx");
        assertThat(files("freescout/messages/message-1symbols.eml")).containsExactly("Checkliste 10.,DAVIDGASSE 76-80;2;2.pdf");
        assertThat(files("freescout/messages/issue-4567.eml"))
                .containsExactly("☆第132号　「ガーデン&エクステリア」専門店のためのＱ&Ａサロン　【月刊エクステリア・ワーク】");
        assertThat(files("rt/emails/outlook-rfc822")).containsExactly("Updates to our terms of use.eml");
    }

    @Test
    void theDeliveryStatusReportIsABounceNotAnIssue() {
        assumeTrue(Files.isDirectory(CORPUS), MISSING);
        Row report = rows.get("rt/emails/multipart-report");
        assertThat(report.status()).isEqualTo("ignored");
        assertThat(report.reason()).startsWith("bounce");
        assertThat(report.issueId()).isNull();
    }

    private String title(String file) {
        return issue(created(file)).title();
    }

    private List<String> files(String file) {
        return files(issue(created(file)));
    }

    private Row created(String file) {
        Row row = rows.get(file);
        assertThat(row).as(file).isNotNull();
        assertThat(row.status()).as("%s: %s", file, row.reason()).isEqualTo("issue_created");
        return row;
    }

    private List<String> files(IssueView issue) {
        return uploads.referencedIn(project.id(), issue.description()).stream().map(UploadView::fileName).toList();
    }

    private IssueView issue(Row row) {
        int iid = jdbc.sql("select iid from issues where id = ?").param(row.issueId()).query(Integer.class).single();
        return issues.get(owner.asActor(), project.id(), iid);
    }

    private Row row(long id) {
        return jdbc.sql("select id, status, reason, issue_id, attempts from inbound_emails where id = ?").param(id)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4), rs.getInt(5)))
                .single();
    }

    private static List<Path> corpusFiles() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** What a mail server hands over: the envelope recipient on top, in the mail's own line endings. */
    private static byte[] delivered(String address, byte[] raw) {
        boolean crlf = new String(raw, 0, Math.min(raw.length, 2000), StandardCharsets.ISO_8859_1).contains("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("Delivered-To: " + address + (crlf ? "\r\n" : "\n")).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(raw);
        return out.toByteArray();
    }
}
