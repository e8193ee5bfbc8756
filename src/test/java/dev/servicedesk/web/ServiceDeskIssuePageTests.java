package dev.servicedesk.web;

import java.time.LocalDate;
import java.util.Set;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.PersonalAccessTokenService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.ExternalParticipantService;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.NoteService;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Service Desk issue page: who sees the customer's address in full, masked or not at all, the
 * participants panel, and the confirmation before a Service Desk issue becomes public.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceDeskIssuePageTests {

    static final String CUSTOMER = "customer@example.com";
    static final String MASKED = "cu*****@e*****.c**";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired IssueService issues;
    @Autowired NoteService notes;
    @Autowired ExternalParticipantService participants;
    @Autowired PersonalAccessTokenService tokens;
    @Autowired JdbcClient jdbc;

    UserView owner;
    UserView reporter;
    UserView guest;
    UserView stranger;
    ProjectView project;
    String issuesUrl;

    @BeforeEach
    void project() {
        owner = fixtures.user("owner");
        reporter = fixtures.user("reporter");
        guest = fixtures.user("guest");
        stranger = fixtures.user("stranger");
        project = fixtures.project(owner, Visibility.PUBLIC);
        fixtures.addMember(owner, project, reporter, AccessLevel.REPORTER);
        fixtures.addMember(owner, project, guest, AccessLevel.GUEST);
        issuesUrl = "/" + project.fullPath() + "/-/issues/";
    }

    @Test
    void reportersSeeTheAddressesInFullOnAConfidentialServiceDeskIssueAndOthersGet404() throws Exception {
        IssueView issue = issues.createForServiceDesk(project.id(), "Printer on fire", "help", CUSTOMER, true);
        notes.post(reporter.asActor(), project.id(), issue.iid(), "/add_email ann@example.com", false);
        externalNote(issue, CUSTOMER, "Any news?");

        mvc.perform(get(issuesUrl + issue.iid()).with(signedIn.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("This issue was created from an email by <strong>" + CUSTOMER + "</strong>"),
                        containsString("It is confidential"),
                        containsString("(on behalf of " + CUSTOMER + ")"),
                        containsString("External participants"),
                        containsString("<span class=\"participant-email\">ann@example.com</span>"),
                        containsString("by email from " + CUSTOMER),
                        containsString("added ann@example.com"),
                        containsString("name=\"emails\""),
                        not(containsString(MASKED)))));
        mvc.perform(get(issuesUrl + issue.iid()).with(signedIn.as(guest))).andExpect(status().isNotFound());
        mvc.perform(get(issuesUrl + issue.iid()).with(signedIn.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(issuesUrl + issue.iid())).andExpect(status().isNotFound());
    }

    @Test
    void guestsAndNonMembersSeeTheAddressesOfAPublicServiceDeskIssueMaskedEverywhere() throws Exception {
        IssueView issue = issues.createForServiceDesk(project.id(), "Printer on fire", "help", CUSTOMER, false);
        notes.post(reporter.asActor(), project.id(), issue.iid(), "/add_email ann@example.com", false);
        externalNote(issue, CUSTOMER, "Any news?");

        for (UserView reader : new UserView[] {guest, stranger}) {
            mvc.perform(get(issuesUrl + issue.iid()).with(signedIn.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("This issue was created from an email by <strong>" + MASKED + "</strong>"),
                            containsString("(on behalf of " + MASKED + ")"),
                            containsString("<span class=\"participant-email\">an*****@e*****.c**</span>"),
                            containsString("by email from " + MASKED),
                            containsString("added an*****@e*****.c**"),
                            not(containsString("name=\"emails\"")),
                            not(containsString("/participants/remove")),
                            not(containsString("customer@")),
                            not(containsString("ann@")))));
        }
        mvc.perform(get(issuesUrl + issue.iid())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(MASKED), not(containsString("customer@")))));
    }

    @Test
    void anIssueWithoutParticipantsShowsNoPanelToGuests() throws Exception {
        IssueView issue = issues.create(owner.asActor(), project.id(), new dev.servicedesk.issues.NewIssue("Plain", "", false));
        mvc.perform(get(issuesUrl + issue.iid()).with(signedIn.as(guest)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("External participants"))));
        mvc.perform(get(issuesUrl + issue.iid()).with(signedIn.as(reporter)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("External participants")));
    }

    @Test
    void theFormAddsAndRemovesParticipantsAndExplainsRefusedAddressesNextToTheField() throws Exception {
        IssueView issue = issues.createForServiceDesk(project.id(), "Printer on fire", "help", CUSTOMER, true);
        String url = issuesUrl + issue.iid();

        MvcResult added = mvc.perform(post(url + "/participants").with(signedIn.as(reporter)).with(csrf())
                        .param("emails", "ann@example.com, not-an-address"))
                .andExpect(redirectedUrl(url + "#participants"))
                .andExpect(flash().attribute("participantError", "not-an-address is not a valid email address."))
                .andExpect(flash().attribute("participantDraft", "ann@example.com, not-an-address"))
                .andReturn();
        assertThat(participants.emails(issue.id())).containsExactly(CUSTOMER, "ann@example.com");

        // The flash map lives in the (JDBC) session, so the next request sends the session cookie back.
        mvc.perform(get(url).with(signedIn.as(reporter)).cookie(added.getResponse().getCookies()))
                .andExpect(content().string(allOf(
                        containsString("<p id=\"participant-error\" class=\"error\">not-an-address is not a valid email address.</p>"),
                        containsString("value=\"ann@example.com, not-an-address\""))));

        mvc.perform(post(url + "/participants/remove").with(signedIn.as(reporter)).with(csrf()).param("email", "ann@example.com"))
                .andExpect(redirectedUrl(url + "#participants"))
                .andExpect(flash().attribute("notice", "Removed ann@example.com."));
        assertThat(participants.emails(issue.id())).containsExactly(CUSTOMER);
        assertThat(notes.list(reporter.asActor(), project.id(), issue.iid()).stream().map(n -> n.body()))
                .contains("added ann@example.com", "removed ann@example.com");
    }

    @Test
    void guestsMayNotChangeParticipantsAndFormsNeedTheCsrfToken() throws Exception {
        IssueView issue = issues.createForServiceDesk(project.id(), "Printer on fire", "help", CUSTOMER, false);
        String url = issuesUrl + issue.iid();
        mvc.perform(post(url + "/participants").with(signedIn.as(guest)).with(csrf()).param("emails", "ann@example.com"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/participants/remove").with(signedIn.as(guest)).with(csrf()).param("email", CUSTOMER))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/participants").with(signedIn.as(reporter)).param("emails", "ann@example.com"))
                .andExpect(status().isForbidden());
        assertThat(participants.emails(issue.id())).containsExactly(CUSTOMER);
    }

    @Test
    void makingAServiceDeskIssuePublicFromThePageNeedsTheConfirmationStep() throws Exception {
        IssueView issue = issues.createForServiceDesk(project.id(), "Printer on fire", "help", CUSTOMER, true);
        String url = issuesUrl + issue.iid();

        mvc.perform(get(url).with(signedIn.as(reporter)))
                .andExpect(content().string(containsString("href=\"" + url + "/confidential/confirm\"")));
        mvc.perform(post(url + "/confidential").with(signedIn.as(reporter)).with(csrf()).param("confidential", "false"))
                .andExpect(redirectedUrl(url + "/confidential/confirm"));
        assertThat(confidential(issue)).isTrue();

        mvc.perform(get(url + "/confidential/confirm").with(signedIn.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(CUSTOMER), containsString("will see the issue, its public comments and this email address"),
                        containsString("name=\"confirmDisclosure\" value=\"true\""))));
        mvc.perform(get(url + "/confidential/confirm").with(signedIn.as(guest))).andExpect(status().isNotFound());

        mvc.perform(post(url + "/confidential").with(signedIn.as(reporter)).with(csrf())
                        .param("confidential", "false").param("confirmDisclosure", "true"))
                .andExpect(redirectedUrl(url));
        assertThat(confidential(issue)).isFalse();
    }

    @Test
    void makingAServiceDeskIssuePublicInTheEditFormNeedsTheConfirmationTick() throws Exception {
        IssueView issue = issues.createForServiceDesk(project.id(), "Printer on fire", "help", CUSTOMER, true);
        String url = issuesUrl + issue.iid();

        mvc.perform(get(url + "/edit").with(signedIn.as(reporter)))
                .andExpect(content().string(allOf(containsString("name=\"confidential\""), containsString("name=\"confirmDisclosure\""))));
        // An unticked checkbox sends only Spring's "_confidential" marker.
        mvc.perform(post(url + "/edit").with(signedIn.as(reporter)).with(csrf())
                        .param("title", "Printer on fire").param("description", "help").param("_confidential", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Making this issue public shows the email address")));
        assertThat(confidential(issue)).isTrue();

        mvc.perform(post(url + "/edit").with(signedIn.as(reporter)).with(csrf())
                        .param("title", "Printer on fire").param("description", "help").param("_confidential", "on")
                        .param("confirmDisclosure", "true"))
                .andExpect(redirectedUrl(url));
        assertThat(confidential(issue)).isFalse();

        mvc.perform(post(url + "/edit").with(signedIn.as(reporter)).with(csrf())
                        .param("title", "Printer on fire").param("description", "help").param("confidential", "true"))
                .andExpect(redirectedUrl(url));
        assertThat(confidential(issue)).isTrue();
    }

    @Test
    void theApiMakesAnIssuePublicWithoutAConfirmationAsGitLabDoesAndMasksSystemNotesForGuests() throws Exception {
        IssueView issue = issues.createForServiceDesk(project.id(), "Printer on fire", "help", CUSTOMER, true);
        notes.post(reporter.asActor(), project.id(), issue.iid(), "/add_email ann@example.com", false);
        String api = "/api/v4/projects/" + project.id() + "/issues/" + issue.iid();

        mvc.perform(put(api).header("PRIVATE-TOKEN", token(reporter)).param("confidential", "false"))
                .andExpect(status().isOk());
        assertThat(confidential(issue)).isFalse();

        String guestToken = token(guest);
        mvc.perform(get(api).header("PRIVATE-TOKEN", guestToken))
                .andExpect(content().string(allOf(containsString("\"service_desk_reply_to\":null"), not(containsString("customer@")))));
        mvc.perform(get(api + "/notes").header("PRIVATE-TOKEN", guestToken))
                .andExpect(content().string(allOf(containsString("added an*****@e*****.c**"), not(containsString("ann@")))));
        mvc.perform(get(api + "/notes").header("PRIVATE-TOKEN", token(reporter)))
                .andExpect(content().string(containsString("added ann@example.com")));
    }

    private boolean confidential(IssueView issue) {
        return issues.get(owner.asActor(), project.id(), issue.iid()).confidential();
    }

    /** A reply by mail as the pipeline stores it: written by the Support Bot on behalf of the sender. */
    private void externalNote(IssueView issue, String from, String body) {
        long bot = jdbc.sql("select author_id from issues where id = ?").param(issue.id()).query(Long.class).single();
        jdbc.sql("insert into notes (issue_id, author_id, body, internal, system, external_author_email, created_at, updated_at) "
                + "values (?, ?, ?, false, false, ?, now(), now())").params(issue.id(), bot, body, from).update();
    }

    private String token(UserView user) {
        return tokens.create(user.asActor(), user.id(), "test", Set.of("api"), LocalDate.now().plusDays(1)).secret();
    }
}
