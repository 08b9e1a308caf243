package org.claimcheck.validate;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats a validation is written in: {@code text} for people ({@link ValidationText}), and
 * SHACL's standard {@code sh:ValidationReport} as Turtle or JSON-LD for other tools.
 */
public enum ValidationFormat {
  TEXT,
  TURTLE,
  JSONLD;

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code id}, if any. */
  public static Optional<ValidationFormat> fromId(String id) {
    return Arrays.stream(values())
        .filter(f -> f.id().equals(id.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /**
   * {@code run} in this format. The RDF formats hold the SHACL report alone: the notes and drafts
   * of claims files are not SHACL results, and the caller shows them apart.
   */
  public String render(ValidationRun run) {
    StringWriter out = new StringWriter();
    switch (this) {
      case TEXT -> ValidationText.write(run, new PrintWriter(out));
      case TURTLE -> RDFDataMgr.write(out, run.result().report(), RDFFormat.TURTLE_PRETTY);
      case JSONLD -> RDFDataMgr.write(out, run.result().report(), RDFFormat.JSONLD11_PRETTY);
    }
    return out.toString();
  }
}
