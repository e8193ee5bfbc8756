package dev.servicedesk.issues.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IssueRepository extends JpaRepository<Issue, Long> {

    Optional<Issue> findByProjectIdAndIid(long projectId, int iid);

    @Query("""
            select i from Issue i where i.projectId = ?1 and i.state = ?2
               and (?3 = true or i.confidential = false or i.authorId = ?4)
            order by i.createdAt desc, i.id desc""")
    List<Issue> findVisible(long projectId, String state, boolean seesConfidential, long userId, Pageable page);

    long countByProjectId(long projectId);
}
