/**
 * What every feature may lean on: the database and its Flyway migrations, the clinic's clock, paging and the
 * exceptions that describe a request the domain refused. Nothing clinical lives here, and nothing here imports a
 * feature package.
 */
package org.knotwork.platform;
