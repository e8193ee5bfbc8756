package dev.servicedesk.accounts.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Signs a user out everywhere by deleting their sessions from the shared session table. A
 * session keeps the principal as it was at sign-in (active, admin or not), so blocking a user or
 * changing their admin rights only takes effect once their old sessions are gone.
 */
@Component
public class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * Ends the sessions once the caller's transaction has committed: deleting them earlier would
     * leave a gap in which a sign-in still reads the old state and creates a session we never see.
     */
    public void endAfterCommit(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            end(username);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                end(username);
            }
        });
    }

    // The repository runs its statements in a transaction of its own (REQUIRES_NEW), which is
    // what code called from afterCommit needs.
    private void end(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
