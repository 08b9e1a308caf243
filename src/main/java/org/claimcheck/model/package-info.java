/**
 * Records and enums that the rest of claimcheck passes around: statements, rules' descriptions,
 * findings, severities and categories; and {@link org.claimcheck.model.Controls}, how a value with
 * control characters is shown to people. Depends on the JDK only, so report writers can depend on
 * this package alone.
 */
package org.claimcheck.model;
