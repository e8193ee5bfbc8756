package dev.servicedesk.projects.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByUserIdAndProjectId(long userId, long projectId);

    Optional<Member> findByUserIdAndGroupId(long userId, long groupId);

    List<Member> findByProjectId(long projectId);

    List<Member> findByGroupIdIn(Collection<Long> groupIds);

    @Query("select max(m.accessLevel) from Member m where m.userId = ?1 and (m.projectId = ?2 or m.groupId in ?3)")
    Integer maxAccessLevel(long userId, Long projectId, Collection<Long> groupIds);

    @Query("select max(m.accessLevel) from Member m where m.userId = ?1 and m.groupId in ?2")
    Integer maxGroupAccessLevel(long userId, Collection<Long> groupIds);

    @Query("""
            select count(m) > 0 from Member m where m.userId = ?1
               and (m.groupId in ?2 or m.projectId in (select p.id from Project p where p.groupId in ?2))""")
    boolean hasMembershipBelow(long userId, Collection<Long> groupIds);

    @Query("select m.groupId from Member m where m.userId = ?1 and m.groupId is not null")
    List<Long> groupIdsOf(long userId);

    @Query("select count(m) from Member m where m.groupId = ?1 and m.accessLevel = 50")
    long countGroupOwners(long groupId);
}
