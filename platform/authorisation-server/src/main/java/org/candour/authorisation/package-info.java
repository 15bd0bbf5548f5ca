/**
 * The embedded default's OAuth2 authorisation server: machine clients (one per ICB, one per national
 * body) get short-lived JWT access tokens by client credentials, naming the organisation they act for.
 */
@NullMarked
package org.candour.authorisation;

import org.jspecify.annotations.NullMarked;
