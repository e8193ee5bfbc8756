/**
 * Infrastructure the application runs on: the embedded PostgreSQL and mail server of the
 * zero-configuration run, the log lines that say which database is in use, and who may read the
 * operational (actuator) endpoints. Other modules only ask whether the embedded parts run.
 */
package dev.servicedesk.platform;
