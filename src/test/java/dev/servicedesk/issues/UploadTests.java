package dev.servicedesk.issues;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.PersonalAccessTokenService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.common.Markdown;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.web.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads end to end: the forms and the API store files in PostgreSQL, the project's readers download the same bytes. */
@SpringBootTest
@AutoConfigureMockMvc
class UploadTests {

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final Pattern LINK = Pattern.compile("\\((/-/project/\\d+/uploads/[0-9a-f]{32}/[^)]+)\\)");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired IssueService issues;
    @Autowired NoteService notes;
    @Autowired UploadService uploads;
    @Autowired PersonalAccessTokenService tokens;
    @Autowired Markdown markdown;

    UserView owner;
    ProjectView project;
    String issuesUrl;

    @BeforeEach
    void project() {
        owner = fixtures.user("owner");
        project = fixtures.project(owner, Visibility.PRIVATE);
        issuesUrl = "/" + project.fullPath() + "/-/issues";
    }

    @Test
    void aFileOnTheNewIssueFormIsLinkedInTheDescriptionAndDownloadsAsTheSameBytes() throws Exception {
        MockMultipartFile log = new MockMultipartFile("files", "server (1).log", "text/plain", "line one\nline two\n".getBytes(StandardCharsets.UTF_8));
        MockMultipartFile image = new MockMultipartFile("files", "screen.png", "image/png", PNG);

        mvc.perform(multipart(issuesUrl).file(log).file(image).with(signedIn.as(owner)).with(csrf())
                        .param("title", "With files").param("description", "See attached."))
                .andExpect(status().is3xxRedirection());

        IssueView issue = issues.get(owner.asActor(), project.id(), 1);
        List<String> lines = issue.description().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("See attached.");
        assertThat(lines.get(1)).matches("\\[server \\(1\\)\\.log]\\(/-/project/" + project.id() + "/uploads/[0-9a-f]{32}/server%20%281%29\\.log\\)");
        assertThat(lines.get(2)).matches("!\\[screen\\.png]\\(/-/project/" + project.id() + "/uploads/[0-9a-f]{32}/screen\\.png\\)");

        String logUrl = link(lines.get(1));
        mvc.perform(get(URI.create(logUrl)).with(signedIn.as(owner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes("line one\nline two\n".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get(URI.create(link(lines.get(2)))).with(signedIn.as(owner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", startsWith("inline;")))
                .andExpect(content().bytes(PNG));
        // The image is rendered on the issue page; the file is a link.
        assertThat(markdown.toHtml(issue.description()))
                .contains("<img src=\"" + link(lines.get(2)) + "\" alt=\"screen.png\">")
                .contains("<a href=\"" + logUrl + "\" rel=\"nofollow noopener noreferrer\">server (1).log</a>");
    }

    @Test
    void onlyThoseWhoMayReadTheProjectGetTheFileEveryoneElseA404() throws Exception {
        UploadView upload = uploads.upload(owner.asActor(), project.id(), "secret.pdf", "application/pdf", 4,
                new ByteArrayInputStream("%PDF".getBytes(StandardCharsets.US_ASCII)));
        UserView guest = fixtures.user("guest");
        UserView stranger = fixtures.user("stranger");
        fixtures.addMember(owner, project, guest, AccessLevel.GUEST);

        mvc.perform(get(upload.url()).with(signedIn.as(guest))).andExpect(status().isOk());
        mvc.perform(get(upload.url()).with(signedIn.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(upload.url())).andExpect(status().isNotFound());
        // The right secret with another name, or under another project, is no file.
        mvc.perform(get(upload.url().replace("secret.pdf", "other.pdf")).with(signedIn.as(owner))).andExpect(status().isNotFound());
        ProjectView other = fixtures.project(owner, Visibility.PRIVATE);
        mvc.perform(get(upload.url().replace("/project/" + project.id() + "/", "/project/" + other.id() + "/"))
                .with(signedIn.as(owner))).andExpect(status().isNotFound());
    }

    @Test
    void htmlAndSvgFilesAreDownloadsNeverPages() throws Exception {
        UploadView html = uploads.upload(owner.asActor(), project.id(), "page.html", "text/html; charset=utf-8", 26,
                new ByteArrayInputStream("<script>alert(1)</script>\n".getBytes(StandardCharsets.UTF_8)));
        UploadView svg = uploads.upload(owner.asActor(), project.id(), "logo.svg", "image/svg+xml", 6,
                new ByteArrayInputStream("<svg/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(html.markdown()).startsWith("[page.html](");
        assertThat(svg.markdown()).startsWith("[logo.svg](");
        for (UploadView upload : List.of(html, svg)) {
            mvc.perform(get(upload.url()).with(signedIn.as(owner)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }

    @Test
    void aFileOnTheCommentFormIsLinkedInTheNote() throws Exception {
        IssueView issue = issues.create(owner.asActor(), project.id(), new NewIssue("Commented", "", false));
        MockMultipartFile file = new MockMultipartFile("files", "Überweisung März.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        mvc.perform(multipart(issuesUrl + "/" + issue.iid() + "/notes").file(file).with(signedIn.as(owner)).with(csrf())
                        .param("body", "Here is the form."))
                .andExpect(status().is3xxRedirection());

        List<NoteView> thread = notes.list(owner.asActor(), project.id(), issue.iid());
        NoteView note = thread.get(thread.size() - 1);
        assertThat(note.body()).startsWith("Here is the form.\n\n[Überweisung März.pdf](/-/project/" + project.id() + "/uploads/")
                .endsWith("/%C3%9Cberweisung%20M%C3%A4rz.pdf)");
        assertThat(uploads.referencedIn(project.id(), note.body())).extracting(UploadView::fileName)
                .containsExactly("Überweisung März.pdf");
        mvc.perform(get(URI.create(link(note.body()))).with(signedIn.as(owner)))
                .andExpect(status().isOk()).andExpect(content().bytes("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aFileOverTheLimitIsExplainedNextToTheFieldAndNothingIsStored() throws Exception {
        byte[] tooLarge = new byte[25 * 1024 * 1024 + 1];
        mvc.perform(multipart(issuesUrl).file(new MockMultipartFile("files", "huge.bin", "application/octet-stream", tooLarge))
                        .with(signedIn.as(owner)).with(csrf()).param("title", "Huge").param("description", "kept"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\" id=\"files-error\">“huge.bin” is too large (maximum is 25 MB)</p>")))
                .andExpect(content().string(containsString(">kept</textarea>")));

        IssueView issue = issues.create(owner.asActor(), project.id(), new NewIssue("Commented", "", false));
        mvc.perform(multipart(issuesUrl + "/" + issue.iid() + "/notes")
                        .file(new MockMultipartFile("files", "huge.bin", "application/octet-stream", tooLarge))
                        .with(signedIn.as(owner)).with(csrf()).param("body", "draft text"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("fileError", "“huge.bin” is too large (maximum is 25 MB)"))
                .andExpect(flash().attribute("draft", "draft text"));
        assertThat(notes.list(owner.asActor(), project.id(), issue.iid())).isEmpty();
    }

    @Test
    void theApiTakesAFileAndAnswersWithGitLabsJson() throws Exception {
        String token = tokens.create(owner.asActor(), owner.id(), "t", Set.of("api"), LocalDate.now().plusDays(1)).secret();
        MvcResult result = mvc.perform(multipart("/api/v4/projects/" + project.id() + "/uploads")
                        .file(new MockMultipartFile("file", "dk.png", "image/png", PNG)).header("PRIVATE-TOKEN", token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alt").value("dk.png"))
                .andExpect(jsonPath("$.full_path").value(org.hamcrest.Matchers.matchesPattern("/-/project/" + project.id() + "/uploads/[0-9a-f]{32}/dk\\.png")))
                .andExpect(jsonPath("$.markdown").value(org.hamcrest.Matchers.matchesPattern("!\\[dk\\.png]\\(/-/project/\\d+/uploads/[0-9a-f]{32}/dk\\.png\\)")))
                .andReturn();
        String fullPath = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.full_path");
        mvc.perform(get(fullPath).with(signedIn.as(owner))).andExpect(status().isOk()).andExpect(content().bytes(PNG));

        mvc.perform(multipart("/api/v4/projects/" + project.id() + "/uploads").header("PRIVATE-TOKEN", token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("file is missing"));
        mvc.perform(multipart("/api/v4/projects/" + project.id() + "/uploads")
                        .file(new MockMultipartFile("file", "huge.bin", "application/octet-stream", new byte[25 * 1024 * 1024 + 1]))
                        .header("PRIVATE-TOKEN", token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message.file[0]").value("File is too large (maximum is 25 MB)"));
        mvc.perform(multipart("/api/v4/projects/" + project.id() + "/uploads").file(new MockMultipartFile("file", "a.txt", "text/plain", new byte[] {1})))
                .andExpect(status().isUnauthorized());
        UserView stranger = fixtures.user("stranger");
        String strangerToken = tokens.create(stranger.asActor(), stranger.id(), "t", Set.of("api"), LocalDate.now().plusDays(1)).secret();
        mvc.perform(multipart("/api/v4/projects/" + project.id() + "/uploads").file(new MockMultipartFile("file", "a.txt", "text/plain", new byte[] {1}))
                        .header("PRIVATE-TOKEN", strangerToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void largeFilesStreamBackInSlicesByteForByte() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 123];
        new Random(42).nextBytes(data);
        UploadView upload = uploads.storeFromMail(project.id(), "dump.bin", "application/octet-stream", data.length, new ByteArrayInputStream(data));

        try (InputStream in = uploads.openContent(upload)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        mvc.perform(get(upload.url()).with(signedIn.as(owner))).andExpect(status().isOk()).andExpect(content().bytes(data));
    }

    @Test
    void referencedInFindsThisProjectsUploadsInOrderOfMention() {
        UploadView a = uploads.storeFromMail(project.id(), "a.txt", "text/plain", 1, new ByteArrayInputStream(new byte[] {'a'}));
        UploadView b = uploads.storeFromMail(project.id(), "b.png", "image/png", PNG.length, new ByteArrayInputStream(PNG));
        ProjectView other = fixtures.project(owner, Visibility.PRIVATE);
        UploadView elsewhere = uploads.storeFromMail(other.id(), "c.txt", "text/plain", 1, new ByteArrayInputStream(new byte[] {'c'}));

        String text = b.markdown() + "\n\nand " + a.markdown() + " again " + b.markdown() + "\n\n" + elsewhere.markdown()
                + "\n\n[forged](/-/project/" + project.id() + "/uploads/" + "0".repeat(32) + "/x.txt)";

        assertThat(uploads.referencedIn(project.id(), text)).extracting(UploadView::fileName).containsExactly("b.png", "a.txt");
        assertThat(uploads.referencedIn(project.id(), null)).isEmpty();
    }

    @Test
    void fileNamesLoseDirectoriesAndControlCharacters() {
        UploadView upload = uploads.storeFromMail(project.id(), "C:\\Users\\eva\\..\\report\u0007.csv", null, 1,
                new ByteArrayInputStream(new byte[] {'x'}));
        assertThat(upload.fileName()).isEqualTo("report.csv");
        assertThat(upload.contentType()).isEqualTo("application/octet-stream");
        assertThat(uploads.storeFromMail(project.id(), "..", "Text/Plain; charset=x", 0, new ByteArrayInputStream(new byte[0])))
                .satisfies(empty -> {
                    assertThat(empty.fileName()).isEqualTo("attachment");
                    assertThat(empty.contentType()).isEqualTo("text/plain");
                });
    }

    private static String link(String markdownText) {
        Matcher matcher = LINK.matcher(markdownText);
        assertThat(matcher.find()).as("upload link in %s", markdownText).isTrue();
        return matcher.group(1);
    }
}
