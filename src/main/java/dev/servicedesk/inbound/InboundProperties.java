package dev.servicedesk.inbound;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code servicedesk.inbound.*}: how the mailboxes are read (timeouts, reconnects, polling when a
 * server lacks IDLE), which instance reads them, and the per-sender rate cap. The mailboxes
 * themselves are {@link InboundEmailProperties}.
 */
@Validated
@ConfigurationProperties("servicedesk.inbound")
public record InboundProperties(@Valid @NestedConfigurationProperty @DefaultValue Imap imap,
                                @Valid @NestedConfigurationProperty @DefaultValue LeaderElection leaderElection,
                                @Valid @NestedConfigurationProperty @DefaultValue RateLimit rateLimit) {

    /**
     * @param idle use IMAP IDLE when the server offers it; false polls every {@code poll_interval}
     * @param pollInterval how often a mailbox without IDLE is searched
     * @param connectTimeout Jakarta Mail waits forever by default
     * @param readTimeout raised to {@code idle_timeout} + 30 s when shorter, so a quiet IDLE is no error
     * @param reconnectDelay the first pause after a lost connection; doubles up to {@code max_reconnect_delay}
     */
    public record Imap(@DefaultValue("true") boolean idle,
                       @DefaultValue("60s") Duration pollInterval,
                       @DefaultValue("10s") Duration connectTimeout,
                       @DefaultValue("5m") Duration readTimeout,
                       @DefaultValue("10s") Duration writeTimeout,
                       @DefaultValue("1s") Duration reconnectDelay,
                       @DefaultValue("5m") Duration maxReconnectDelay) {
    }

    /**
     * @param enabled off for a single instance that should read the mailboxes without asking the database
     * @param lockTtl a leader that stops renewing (crash, lost database) loses the lock after this long
     * @param heartbeat how often the leader renews and a follower tries to take over
     */
    public record LeaderElection(@DefaultValue("true") boolean enabled,
                                 @DefaultValue("10s") Duration lockTtl,
                                 @DefaultValue("1s") Duration heartbeat) {
    }

    /**
     * @param maxMails more mails than this from one sender within {@code window} are held
     */
    public record RateLimit(@DefaultValue("true") boolean enabled,
                            @DefaultValue("20") @Min(1) int maxMails,
                            @DefaultValue("10m") Duration window) {
    }
}
