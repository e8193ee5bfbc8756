package dev.servicedesk.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real, unmodified python-gitlab client (Debian's python3-gitlab, run with Debian's own
 * /usr/bin/python3) against the running application over HTTP. A missing client is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PythonGitLabClientTests {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path SUITE = Path.of("src/test/python/gitlab_compat.py");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired UserService users;
    @Autowired IssueService issues;
    @Autowired ServiceDeskService serviceDesk;

    @Test
    void pythonGitLabWorksUnchanged() throws Exception {
        checkClientInstalled();
        UserView root = users.findByUsername("root").orElseThrow();
        ProjectView desk = fixtures.project(root, Visibility.PRIVATE);
        serviceDesk.setEnabled(root.asActor(), desk.id(), true);
        IssueView open = issues.createForServiceDesk(desk.id(), "Printer question", "Hello", "customer@example.com", false);
        IssueView secret = issues.createForServiceDesk(desk.id(), "Invoice", "Private", "payer@example.com", true);

        Process suite = new ProcessBuilder(PYTHON.toString(), SUITE.toString(), "http://127.0.0.1:" + port,
                "test-root-token-0123456789", desk.fullPath(), Integer.toString(open.iid()), Integer.toString(secret.iid()))
                .redirectErrorStream(true)
                .start();
        String output = new String(suite.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(suite.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);
        assertThat(suite.exitValue()).as(output).isZero();
        assertThat(output).contains(" passed, 0 failed");
    }

    private static void checkClientInstalled() throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            throw new IllegalStateException("The API client suite needs " + PYTHON + ": apt-get install python3 python3-gitlab");
        }
        Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import gitlab").redirectErrorStream(true).start();
        String error = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (probe.waitFor() != 0) {
            throw new IllegalStateException("python-gitlab is missing (apt-get install python3-gitlab): " + error);
        }
    }
}
