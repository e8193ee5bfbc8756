package dev.servicedesk.api.json;

import java.time.Instant;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A received mail for the admin API; project is the full path, both it and issue_iid null until placed. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InboundEmailJson(long id, String messageId, String mailbox, Instant receivedAt, String status,
                               String reason, String project, Integer issueIid, String subject) {
}
