package dev.servicedesk.platform;

/** Matches when the admin configured no mail server of their own ({@code servicedesk.incoming_email.host}). */
class NoIncomingEmailHostCondition extends PropertyNotSetCondition {

    NoIncomingEmailHostCondition() {
        super("servicedesk.incoming-email.host");
    }
}
