package dev.servicedesk.servicedesk;

import java.util.List;

/**
 * The mails sent to customers (GITLAB_BEHAVIOUR.md "Emails sent"), each with its built-in text.
 * The thank-you mail carries no link to the issue: the issue is confidential and the customer
 * has no account.
 */
public enum MailTemplate {

    THANK_YOU("thank_you", """
            Thank you for your support request! We are tracking your request as ticket %{ISSUE_ID}, and will respond as soon as we can.

            Reply to this mail to add information to your request.

            ---
            To stop receiving mail about this request, open %{UNSUBSCRIBE_URL}
            """),

    NEW_NOTE("new_note", """
            %{NOTE_TEXT}

            ---
            Reply to this mail to answer. To stop receiving mail about ticket %{ISSUE_ID}, open %{UNSUBSCRIBE_URL}
            """),

    NEW_PARTICIPANT("new_participant", """
            You have been added to ticket %{ISSUE_ID}. You will receive mail about new comments on it, and you can reply to this mail to take part.

            ---
            To stop receiving mail about this request, open %{UNSUBSCRIBE_URL}
            """);

    /** Every placeholder a template may use, in the order the settings page lists them. */
    public static final List<String> PLACEHOLDERS = List.of("ISSUE_ID", "ISSUE_PATH", "ISSUE_URL", "ISSUE_DESCRIPTION", "NOTE_TEXT",
            "UNSUBSCRIBE_URL", "SYSTEM_HEADER", "SYSTEM_FOOTER", "ADDITIONAL_TEXT");

    private final String key;
    private final String defaultContent;

    MailTemplate(String key, String defaultContent) {
        this.key = key;
        this.defaultContent = defaultContent;
    }

    /** The name GitLab gives the template file and the value stored in the database, e.g. {@code thank_you}. */
    public String key() {
        return key;
    }

    public String defaultContent() {
        return defaultContent;
    }

    public static MailTemplate fromKey(String key) {
        for (MailTemplate template : values()) {
            if (template.key.equals(key)) {
                return template;
            }
        }
        throw new IllegalArgumentException("no mail template " + key);
    }
}
