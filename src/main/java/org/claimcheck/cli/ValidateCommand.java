package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.Claimcheck;
import org.claimcheck.claimsjson.Problem;
import org.claimcheck.claimsjson.Review;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.validate.ValidationFormat;
import org.claimcheck.validate.ValidationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code claimcheck validate [PATHS...]}: checks facts against the bundled SHACL shapes. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks RDF facts against the bundled ontology's SHACL shapes and prints every violation,"
          + " then a summary line.",
      "A directory is read recursively (.ttl .nt .nq .trig .rdf .owl .jsonld, each also as .gz or .bz2, and .json claims"
          + " files; other files are skipped). Exits 0 if the data conforms, 1 if it does not, 3 if it cannot be read.",
      "Claims files: every error is listed (up to --max-errors); a note states each default taken"
          + " for what the file leaves out (the side a claim speaks for, a count being a level, an"
          + " outlet declared); each claim marked \"draft\": true is left out of the facts, with"
          + " what it still lacks."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--strict",
      description =
          "Treat the notes on claims files (defaults taken for what a file leaves out) as"
              + " errors: exit 3, listing them.")
  boolean strict;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description =
          "text (default), or SHACL's standard sh:ValidationReport as turtle or jsonld; with those,"
              + " the notes and drafts of claims files go to standard error.")
  ValidationFormat format;

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    ValidationRun run = Claimcheck.validate(data.resolve(spec));
    List<String> notes =
        run.reviews().stream()
            .flatMap(r -> r.notes().stream())
            .map(Problem::text)
            .map(n -> n + " (an error with --strict)")
            .toList();
    if (strict && !notes.isEmpty()) {
      throw ClaimcheckException.badInput(notes);
    }
    if (format != ValidationFormat.TEXT) {
      PrintWriter err = spec.commandLine().getErr();
      for (Review review : run.reviews()) {
        review
            .notes()
            .forEach(note -> err.println(StandardInput.shown("claimcheck: note: " + note.text())));
        review
            .gaps()
            .forEach(gap -> err.println(StandardInput.shown("claimcheck: draft: " + gap.text())));
      }
      err.flush();
    }
    output.emit(spec, StandardInput.shown(format.render(run)));
    return run.result().conforms() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }

  /** A {@link ValidationFormat} by its lower-case name. */
  static final class FormatConverter implements ITypeConverter<ValidationFormat> {
    @Override
    public ValidationFormat convert(String value) {
      return ValidationFormat.fromId(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + value
                          + "' is not a validation format (expected one of: text, turtle, jsonld)"));
    }
  }
}
