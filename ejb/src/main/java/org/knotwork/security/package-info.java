/**
 * Who may use Knotwork and what each may do: users, their roles, signing in (password, second factor, lock-out),
 * sessions kept in the database, and the person acting on a request. Imports the audit trail only; no clinical
 * package, and no servlet type (the web module tells it who is signed in).
 */
package org.knotwork.security;
