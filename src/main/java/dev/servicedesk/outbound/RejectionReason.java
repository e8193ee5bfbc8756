package dev.servicedesk.outbound;

/** Why a mail to the Service Desk was not taken, as the sender is told (GITLAB_BEHAVIOUR.md "Mail that is ignored"). */
public enum RejectionReason {

    UNKNOWN_ADDRESS("unknown_address", "The address you wrote to does not belong to any Service Desk here. Please check the address."),
    SERVICE_DESK_OFF("service_desk_off", "The project you wrote to does not exist or does not take mail at the moment."),
    EMPTY("empty", "Your mail had no subject, no text and no attachments, so there was nothing to file."),
    TOO_LARGE("too_large", "Your mail was too large to be accepted. Please send large files as links."),
    NOT_PARTICIPANT("not_participant", "Your reply was not added: only the people taking part in a request can answer it by mail.");

    private final String code;
    private final String explanation;

    RejectionReason(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    public String code() {
        return code;
    }

    public String explanation() {
        return explanation;
    }
}
