package dev.servicedesk.platform;

/** Matches when the admin configured no SMTP server of their own ({@code spring.mail.host}). */
class NoMailHostCondition extends PropertyNotSetCondition {

    NoMailHostCondition() {
        super("spring.mail.host");
    }
}
