package dev.servicedesk.outbound;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.servicedesk.issues.EmailConversationService;
import dev.servicedesk.issues.ExternalParticipantService;
import dev.servicedesk.issues.IssueView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply keys (GitLab's sent notifications): 128 random bits per mail we send, the only thing
 * that routes an answer by mail to an issue (MAIL_SAFETY item 12). They keep working after the
 * issue is moved.
 */
@Service
@Transactional(readOnly = true)
public class ReplyKeyService {

    public static final String UNSUBSCRIBE_SUFFIX = "-unsubscribe";
    private static final Pattern KEY = Pattern.compile("^[0-9a-f]{32}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final EmailConversationService conversations;
    private final ExternalParticipantService participants;

    ReplyKeyService(JdbcClient jdbc, EmailConversationService conversations, ExternalParticipantService participants) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.participants = participants;
    }

    public static boolean looksLikeKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** A fresh key recorded for a mail about to be queued. */
    @Transactional
    public String create(long issueId, String recipient, String messageId) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        jdbc.sql("insert into sent_notifications (reply_key, issue_id, recipient, message_id) values (?, ?, ?, ?)")
                .params(key, issueId, recipient, messageId).update();
        return key;
    }

    /** The issue a reply key was sent from, following moves. */
    public Optional<ReplyTarget> resolve(String key) {
        if (!looksLikeKey(key)) {
            return Optional.empty();
        }
        return jdbc.sql("select issue_id, recipient from sent_notifications where reply_key = ?").param(key)
                .query((rs, n) -> new Sent(rs.getLong(1), rs.getString(2))).optional()
                .flatMap(this::target);
    }

    /** The issue one of our mails was about, from its Message-ID (an In-Reply-To or References entry). */
    public Optional<ReplyTarget> resolveMessageId(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select issue_id, recipient from sent_notifications where message_id = ? limit 1").param(messageId)
                .query((rs, n) -> new Sent(rs.getLong(1), rs.getString(2))).optional()
                .flatMap(this::target);
    }

    /**
     * Removes the recipient of the mail a key belongs to from the issue's participants; they can
     * still answer by mail. False when the key is unknown or they were no participant any more.
     */
    @Transactional
    public boolean unsubscribe(String key) {
        return resolve(key).map(target -> participants.remove(target.issueId(), target.recipient())).orElse(false);
    }

    private Optional<ReplyTarget> target(Sent sent) {
        return conversations.current(sent.issueId()).map((IssueView issue) -> new ReplyTarget(issue.id(), issue.projectId(), sent.recipient()));
    }

    private record Sent(long issueId, String recipient) {
    }
}
