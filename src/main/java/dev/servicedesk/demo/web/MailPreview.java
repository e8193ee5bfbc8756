package dev.servicedesk.demo.web;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.platform.EmbeddedMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Reads every mailbox of the embedded mail server; there is nothing to read when a real one is configured. */
@Component
class MailPreview {

    private final ObjectProvider<EmbeddedMailServer> server;

    MailPreview(ObjectProvider<EmbeddedMailServer> server) {
        this.server = server;
    }

    boolean available() {
        return server.getIfAvailable() != null;
    }

    /** Newest first, across all mailboxes. */
    List<PreviewedMail> list() {
        List<PreviewedMail> mails = new ArrayList<>();
        ImapHostManager imap = imap();
        for (GreenMailUser user : users()) {
            for (StoredMessage stored : inbox(imap, user).getMessages()) {
                mails.add(summary(user, stored));
            }
        }
        mails.sort(Comparator.comparing(PreviewedMail::receivedAt).reversed()
                .thenComparing(Comparator.comparingLong(PreviewedMail::uid).reversed()));
        return mails;
    }

    MailContent get(String mailbox, long uid) {
        ImapHostManager imap = imap();
        GreenMailUser user = Optional.ofNullable(greenMailServer().greenMail().getUserManager().getUserByEmail(mailbox))
                .orElseThrow(() -> new NotFoundException("Mail"));
        StoredMessage stored = Optional.ofNullable(inbox(imap, user).getMessage(uid)).orElseThrow(() -> new NotFoundException("Mail"));
        return MailContent.of(summary(user, stored), stored.getMimeMessage());
    }

    private List<GreenMailUser> users() {
        return List.copyOf(greenMailServer().greenMail().getUserManager().listUser());
    }

    private ImapHostManager imap() {
        return greenMailServer().greenMail().getManagers().getImapHostManager();
    }

    private EmbeddedMailServer greenMailServer() {
        EmbeddedMailServer embedded = server.getIfAvailable();
        if (embedded == null) {
            throw new NotFoundException("Page");
        }
        return embedded;
    }

    private static MailFolder inbox(ImapHostManager imap, GreenMailUser user) {
        try {
            return imap.getInbox(user);
        } catch (FolderException e) {
            throw new IllegalStateException("The embedded mailbox " + user.getEmail() + " has no inbox", e);
        }
    }

    private static PreviewedMail summary(GreenMailUser user, StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        try {
            Instant received = stored.getReceivedDate() == null ? Instant.EPOCH : stored.getReceivedDate().toInstant();
            return new PreviewedMail(user.getEmail(), stored.getUid(), received, header(message, "From"),
                    header(message, "To"), message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException("The embedded mail server holds a mail it cannot read", e);
        }
    }

    /** The header as written, decoded: a malformed address must still show, not break the list. */
    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ", ");
        if (value == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }
}
