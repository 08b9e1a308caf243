/**
 * Report writers: the findings of a {@link org.claimcheck.model.CheckResult} as text, and the full
 * {@link org.claimcheck.model.Report} (summary, findings, timeline, appendix; see {@code
 * ReportContent}) as JSON, Markdown, HTML, Turtle and JSON-LD; {@link org.claimcheck.report.Format}
 * picks one. Writers return text; where it goes is the caller's ({@code io.OutputFile}). Depends on
 * {@code model}, {@code error} and, for the RDF writer, Jena and {@code vocab}. Never on {@code
 * cli}, {@code rules} or {@code store}.
 */
package org.claimcheck.report;
