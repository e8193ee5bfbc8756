/**
 * Users, password sign-in, personal access tokens and the Support Bot. Other modules know a user by id and ask
 * {@link dev.servicedesk.accounts.UserService} for names; the signed-in caller reaches them as an
 * {@link dev.servicedesk.accounts.Actor}; an API call's token becomes one through
 * {@link dev.servicedesk.accounts.PersonalAccessTokenService#authenticate(String)}.
 */
package dev.servicedesk.accounts;
