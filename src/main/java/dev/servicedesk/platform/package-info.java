/**
 * Infrastructure the application runs on when nothing else is configured: the embedded
 * PostgreSQL server and the log lines that say which database is in use. No other module
 * depends on it.
 */
package dev.servicedesk.platform;
