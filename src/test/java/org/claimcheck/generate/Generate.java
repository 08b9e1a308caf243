package org.claimcheck.generate;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimcheck.io.OutputFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Writes a synthetic claims graph with planted contradictions, for the benchmark (bench/run.sh) and
 * the scale tests; not part of the product. Run from a build: {@code java -cp
 * target/test-classes:target/claimcheck.jar org.claimcheck.generate.Generate --triples 1M --output
 * claims.nt --expected claims.tsv}.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic claims graph (N-Triples) that conforms to the shapes, for benchmarks:"
          + " articles of about ten assertions over a large gazetteer and many actors, with"
          + " contradictions of every bundled rule and near misses (other place, time, actor)"
          + " planted, and an expectation file listing them ('rule a b' must be found,"
          + " 'near-miss a b why' must not).",
      "The same size and seed give the same bytes."
    })
public final class Generate implements Callable<Integer> {
  /**
   * Runs the generator with {@code args} and exits with its exit code (0, or 2 for bad options).
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Generate()).execute(args));
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--triples",
      paramLabel = "N",
      defaultValue = "10k",
      converter = CountConverter.class,
      description =
          "About how many triples to write; k and M suffixes allowed (default: ${DEFAULT-VALUE}).")
  long triples;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      required = true,
      description = "The N-Triples file to write (.nt).")
  Path output;

  @Option(
      names = "--expected",
      paramLabel = "FILE",
      required = true,
      description = "The expectation file to write (tab-separated).")
  Path expected;

  @Override
  public Integer call() {
    // The facts are written into a temporary file beside --output while the expectations are
    // held in memory (they are small), then written beside --expected.
    StringWriter expectation = new StringWriter();
    ClaimsGenerator.Summary[] summary = new ClaimsGenerator.Summary[1];
    OutputFile.write(
        output, facts -> summary[0] = ClaimsGenerator.write(triples, seed, facts, expectation));
    OutputFile.write(expected, expectation.toString());
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "%d triples: %d articles, %d assertions, %d places, %d actors;"
                + " %d planted contradictions, %d near misses%n",
            summary[0].triples(),
            summary[0].articles(),
            summary[0].assertions(),
            summary[0].places(),
            summary[0].actors(),
            summary[0].planted(),
            summary[0].nearMisses());
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** {@code 10000}, {@code 10k} or {@code 1M}. */
  static final class CountConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      long factor = v.endsWith("k") ? 1_000 : v.endsWith("m") ? 1_000_000 : 1;
      String digits = factor == 1 ? v : v.substring(0, v.length() - 1);
      try {
        long n = Long.parseLong(digits) * factor;
        if (n < 1_000) {
          throw new TypeConversionException("'" + value + "' is too small (at least 1000 triples)");
        }
        return n;
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a count such as 10000, 10k or 1M");
      }
    }
  }
}
