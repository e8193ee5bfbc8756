/**
 * Mailbox adapters, the raw-message store and the pipeline that turns a stored mail into an issue or a note.
 */
package dev.servicedesk.inbound;
