package dev.servicedesk.issues.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueRepository extends JpaRepository<Issue, Long> {

    Optional<Issue> findByProjectIdAndIid(long projectId, int iid);


    long countByProjectId(long projectId);

    Optional<Issue> findByProjectIdAndServiceDeskMessageId(long projectId, String serviceDeskMessageId);
}
