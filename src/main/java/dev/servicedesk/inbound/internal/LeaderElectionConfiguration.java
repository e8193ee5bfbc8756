package dev.servicedesk.inbound.internal;

import java.util.UUID;

import javax.sql.DataSource;

import dev.servicedesk.inbound.InboundProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.leader.DefaultCandidate;
import org.springframework.integration.support.leader.LockRegistryLeaderInitiator;

/**
 * Several instances against one database (MAIL_SAFETY item 7): the instance holding the mailbox
 * lock in {@code int_lock} reads the mailboxes ({@link MailboxListeners}); every instance works
 * the stored rows. A leader that dies without letting go loses the lock after {@code lock_ttl}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "servicedesk.inbound.leader-election.enabled", havingValue = "true", matchIfMissing = true)
class LeaderElectionConfiguration {

    private static final String REGION = "servicedesk";

    @Bean
    DefaultLockRepository mailboxLockRepository(DataSource dataSource) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource, UUID.randomUUID().toString());
        repository.setRegion(REGION);
        return repository;
    }

    @Bean
    JdbcLockRegistry mailboxLockRegistry(DefaultLockRepository mailboxLockRepository, InboundProperties properties) {
        return new JdbcLockRegistry(mailboxLockRepository, properties.leaderElection().lockTtl());
    }

    @Bean
    LockRegistryLeaderInitiator mailboxLeaderInitiator(JdbcLockRegistry mailboxLockRegistry, MailboxListeners listeners,
                                                       InboundProperties properties) {
        LockRegistryLeaderInitiator initiator = new LockRegistryLeaderInitiator(mailboxLockRegistry,
                new DefaultCandidate(UUID.randomUUID().toString(), listeners.role()));
        initiator.setHeartBeatMillis(properties.leaderElection().heartbeat().toMillis());
        return initiator;
    }
}
