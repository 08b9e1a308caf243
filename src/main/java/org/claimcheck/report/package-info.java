/**
 * Report writers: findings rendered as text, JSON (and, later, Markdown, HTML and RDF), and the
 * atomic writing of a report file. Depends on {@code model} and {@code error} only.
 */
package org.claimcheck.report;
