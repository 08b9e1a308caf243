package org.claimcheck.cli;

import java.util.concurrent.Callable;
import org.claimcheck.validate.FactValidator;
import org.claimcheck.validate.ValidationRun;
import org.claimcheck.validate.ValidationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code claimcheck validate [PATHS...]}: checks facts against the bundled SHACL shapes. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks RDF facts against the bundled ontology's SHACL shapes and prints every violation,"
          + " then a summary line.",
      "A directory is read recursively (.ttl .nt .nq .trig .rdf .owl .jsonld, and .json claims"
          + " files; other files are skipped). Exits 0 if the data conforms, 1 if it does not, 3 if it cannot be read."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    ValidationRun run = FactValidator.validate(data.resolve(spec));
    ValidationText.write(run, spec.commandLine().getOut());
    return run.result().conforms() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }
}
