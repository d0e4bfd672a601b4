/**
 * Who may use Knotwork and what each may do: users, their roles, signing in (password, second factor, lock-out),
 * sessions kept in the database, the person acting on a request, and the practice's settings. The lowest feature
 * floor: it imports no clinical package.
 */
package org.knotwork.security;
