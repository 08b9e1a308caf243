/**
 * Report writers: the findings as text, and the full report (summary, findings, timeline,
 * appendix; see {@code ReportContent}) as JSON, Markdown, HTML, Turtle and JSON-LD; {@link
 * org.claimcheck.report.Format} picks one. Also the atomic writing of a report file. Depends on
 * {@code model}, {@code error} and, for the RDF writer, Jena and {@code vocab}. Never on
 * {@code cli}, {@code rules} or {@code store}.
 */
package org.claimcheck.report;
