/**
 * Mail to customers: the thank-you, new-note and new-participant mails rendered from the
 * project's templates, threaded so that a conversation is one thread in any mail client, each
 * with a random reply key that routes the answer back; an outbox written in the transaction of
 * the issue or note and sent after commit with retries; bounced addresses; unsubscribe.
 */
package dev.servicedesk.outbound;
