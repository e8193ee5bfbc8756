package dev.servicedesk.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonalAccessTokenRepository extends JpaRepository<PersonalAccessToken, Long> {

    Optional<PersonalAccessToken> findByTokenDigest(String tokenDigest);

    List<PersonalAccessToken> findAllByUserIdOrderByCreatedAtDescIdDesc(long userId);

    List<PersonalAccessToken> findAllByUserIdAndNameAndRevokedFalse(long userId, String name);

    Optional<PersonalAccessToken> findByIdAndUserId(long id, long userId);

    /**
     * Records a use unless one was recorded since {@code notBefore}. The condition sits in the
     * statement so that instances serving the same token at once still write it only once.
     */
    @Modifying
    @Query("update PersonalAccessToken t set t.lastUsedAt = ?2 where t.id = ?1 and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
    int touch(long id, Instant usedAt, Instant notBefore);
}
