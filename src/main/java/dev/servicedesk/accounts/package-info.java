/**
 * Users, password sign-in and the Support Bot. Other modules know a user by id and ask
 * {@link dev.servicedesk.accounts.UserService} for names; the signed-in caller reaches them as an
 * {@link dev.servicedesk.accounts.Actor}.
 */
package dev.servicedesk.accounts;
