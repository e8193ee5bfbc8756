package dev.servicedesk.web;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.NewIssue;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issues > Service Desk: the Support Bot's issues with the customer's address, masked below Reporter. */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceDeskIssueListTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired IssueService issues;

    UserView owner;
    ProjectView project;
    String page;

    @BeforeEach
    void project() {
        owner = fixtures.user("owner");
        project = fixtures.project(owner, Visibility.PRIVATE);
        serviceDesk.setEnabled(owner.asActor(), project.id(), true);
        page = "/" + project.fullPath() + "/-/issues/service_desk";
    }

    @Test
    void listsOnlyServiceDeskIssuesWithTheCustomersAddressForReporters() throws Exception {
        issues.createForServiceDesk(project.id(), "Printer on fire", "Help", "jane@customer.example", true);
        issues.create(owner.asActor(), project.id(), new NewIssue("Internal chore", "", false, java.util.Set.of()));
        UserView reporter = member(AccessLevel.REPORTER);

        mvc.perform(get(page).with(signedIn.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Printer on fire")))
                .andExpect(content().string(containsString("(jane@customer.example)")))
                .andExpect(content().string(containsString("href=\"/" + project.fullPath() + "/-/issues/1\"")))
                .andExpect(content().string(not(containsString("Internal chore"))));
    }

    @Test
    void guestsSeeOpenServiceDeskIssuesWithTheAddressMasked() throws Exception {
        issues.createForServiceDesk(project.id(), "Public question", "Hello", "jane@customer.example", false);
        issues.createForServiceDesk(project.id(), "Secret question", "Hello", "joe@customer.example", true);
        UserView guest = member(AccessLevel.GUEST);

        mvc.perform(get(page).with(signedIn.as(guest)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Public question")))
                .andExpect(content().string(containsString("(ja*****@c*****.e**)")))
                .andExpect(content().string(not(containsString("jane@customer.example"))))
                .andExpect(content().string(not(containsString("Secret question"))))
                .andExpect(content().string(not(containsString(ServiceDeskService.projectKey(project)))));
    }

    @Test
    void theIssueListFiltersApply() throws Exception {
        issues.createForServiceDesk(project.id(), "Printer on fire", "Help", "jane@customer.example", true);
        issues.createForServiceDesk(project.id(), "Coffee machine", "Empty", "joe@customer.example", true);

        mvc.perform(get(page).param("search", "printer").with(signedIn.as(owner)))
                .andExpect(content().string(containsString("Printer on fire")))
                .andExpect(content().string(not(containsString("Coffee machine"))));
        mvc.perform(get(page).param("state", "closed").with(signedIn.as(owner)))
                .andExpect(content().string(not(containsString("Printer on fire"))));
        // The author is always the Support Bot here, whatever the query says.
        mvc.perform(get(page).param("author_username", owner.username()).with(signedIn.as(owner)))
                .andExpect(content().string(containsString("Coffee machine")));
    }

    @Test
    void theEmptyListExplainsServiceDeskAndShowsTheAddressOnlyToReporters() throws Exception {
        String address = "incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost";
        mvc.perform(get(page).with(signedIn.as(member(AccessLevel.REPORTER))))
                .andExpect(content().string(containsString("Use Service Desk to connect with your users")))
                .andExpect(content().string(containsString(address)));
        mvc.perform(get(page).with(signedIn.as(member(AccessLevel.GUEST))))
                .andExpect(content().string(containsString("Use Service Desk to connect with your users")))
                .andExpect(content().string(not(containsString(ServiceDeskService.projectKey(project)))));
        mvc.perform(get(page).with(signedIn.as(fixtures.user("stranger")))).andExpect(status().isNotFound());
    }

    @Test
    void theProjectNavigationLinksTheServiceDeskList() throws Exception {
        mvc.perform(get("/" + project.fullPath() + "/-/issues").with(signedIn.as(owner)))
                .andExpect(content().string(containsString("href=\"" + page + "\"")));
    }

    private UserView member(AccessLevel level) {
        UserView user = fixtures.user(level.name().toLowerCase());
        fixtures.addMember(owner, project, user, level);
        return user;
    }
}
