/**
 * Trying it out on the zero-configuration run: the demo group and project seeded on the first start
 * of the embedded database, the "send a mail now" lines of the start-up log, and the admin area's
 * mail preview of the embedded mail server's mailboxes.
 */
package dev.servicedesk.demo;
