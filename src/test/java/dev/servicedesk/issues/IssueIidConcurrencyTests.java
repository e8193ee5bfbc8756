package dev.servicedesk.issues;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class IssueIidConcurrencyTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    IssueService issues;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void fiftyConcurrentCreationsInOneProjectGetIidsOneToFiftyWithoutGapsOrDuplicates() throws Exception {
        UserView owner = fixtures.user("owner");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        int count = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<IssueView>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<IssueView> create = () -> {
                    start.await();
                    return issues.create(owner.asActor(), project.id(), new NewIssue("Issue " + n, "", false));
                };
                results.add(pool.submit(create));
            }
            start.countDown();
            List<Integer> iids = new ArrayList<>();
            for (Future<IssueView> result : results) {
                iids.add(result.get().iid());
            }
            assertThat(iids).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, count).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackCreationGivesItsIidBack() {
        UserView owner = fixtures.user("owner");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        issues.create(owner.asActor(), project.id(), new NewIssue("first", "", false));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            IssueView doomed = issues.create(owner.asActor(), project.id(), new NewIssue("doomed", "", false));
            assertThat(doomed.iid()).isEqualTo(2);
            throw new IllegalStateException("the surrounding work failed");
        })).hasMessage("the surrounding work failed");

        IssueView second = issues.create(owner.asActor(), project.id(), new NewIssue("second", "", false));
        assertThat(second.iid()).isEqualTo(2);
    }
}
