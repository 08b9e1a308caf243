package org.claimcheck.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimcheck.claimsjson.ClaimsSchema;
import org.claimcheck.claimsjson.ClaimsSkeleton;
import org.claimcheck.claimsjson.ClaimsSkeleton.Language;
import org.claimcheck.claimsjson.ClaimsSkeleton.NewArticle;
import org.claimcheck.claimsjson.Vocabulary;
import org.claimcheck.io.BundledResources;
import org.claimcheck.io.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code claimcheck new}: writes the skeleton of a claims file for a new article. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes the skeleton of a JSON claims file for a new article: the article (its id made of"
          + " the publication date and a slug of the title, else of the URL), its outlet, a source"
          + " for the article's own text, empty lists for the actors, places and event types the"
          + " bundled world lacks, and one example claim that writes every field, marked"
          + " \"draft\": true. Never overwrites a file.",
      "Then:",
      "  1. Paste the article's text into the .txt file that \"textFile\" names, beside the JSON"
          + " file.",
      "  2. Replace the example with the article's claims, one per statement, quoting its words"
          + " exactly; declare under \"actors\" and \"places\" what claimcheck does not know.",
      "  3. Remove \"draft\": true from each finished claim.",
      "  4. claimcheck validate FILE (lists what each draft still lacks)",
      "  5. claimcheck check FILE"
    })
final class NewCommand implements Callable<Integer> {
  /** The schema written beside a new claims file, which its {@code "$schema"} names. */
  static final String SCHEMA_FILE = "claims.schema.json";

  @Spec CommandSpec spec;

  @Option(
      names = "--article-url",
      paramLabel = "URL",
      required = true,
      converter = UrlConverter.class,
      description = "Where the article was published, an http or https URL.")
  URI url;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      required = true,
      converter = DateConverter.class,
      description =
          "Its publication date, YYYY-MM-DD; the file's relative dates resolve against it.")
  LocalDate published;

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      required = true,
      description =
          "The outlet that published it, a name; declared as a media outlet unless the"
              + " facts know it.")
  String outlet;

  @Option(
      names = "--language",
      paramLabel = "ar|en",
      required = true,
      converter = LanguageConverter.class,
      description = "The language of its text and of every quote.")
  Language language;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "Its title, as published (else a placeholder to replace).")
  String title;

  @Option(
      names = "--output",
      converter = Options.OutputConverter.class,
      paramLabel = "FILE.json",
      description =
          "Write the skeleton to FILE.json instead of standard output (which - names), never over an"
              + " existing file; the article's text then goes in FILE.txt beside it, and the JSON Schema"
              + " with the bundled vocabulary in claims.schema.json (unless it exists), which its"
              + " \"$schema\" names, for an editor to complete names offline. Without --output,"
              + " \"$schema\" names the published schema.")
  Path output;

  @Override
  public Integer call() {
    NewArticle article = article();
    String id = ClaimsSkeleton.articleId(article);
    String name = output == null ? id : baseName(output);
    String textFile = name + ".txt";
    if (output != null && Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      throw new ParameterException(
          spec.commandLine(),
          "--output: "
              + output
              + " exists, and 'claimcheck new' never overwrites a file; remove it or name another");
    }
    // Beside a file, the schema with the vocabulary, for an editor to complete names offline.
    Path schema = output == null ? null : output.resolveSibling(SCHEMA_FILE);
    boolean writeSchema = schema != null && !Files.exists(schema, LinkOption.NOFOLLOW_LINKS);
    Options.emit(
        spec,
        output,
        ClaimsSkeleton.json(
            article, textFile, schema == null ? ClaimsSkeleton.SCHEMA : "./" + SCHEMA_FILE));
    if (writeSchema) {
      OutputFile.write(schema, ClaimsSchema.write(Vocabulary.of(BundledResources.ontology())));
    }
    // Without --output the JSON is standard output, and the next steps go to stderr.
    PrintWriter hint = output == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
    if (schema != null) {
      hint.println(
          (writeSchema ? "Wrote " : "Kept ")
              + schema
              + " for your editor ('claimcheck schema --output "
              + schema
              + " facts "
              + output
              + "' adds what your files declare).");
    }
    nextSteps(hint, id, name, textFile);
    return ExitCode.OK.code();
  }

  /** The options as one value, with the checks the converters cannot make. */
  private NewArticle article() {
    if (outlet.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "--outlet: expected the name of the outlet, not a blank");
    }
    if (title != null && title.isBlank()) {
      throw new ParameterException(
          spec.commandLine(),
          "--title: expected the article's title, not a blank (or leave the option out)");
    }
    if (output != null
        && !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw new ParameterException(
          spec.commandLine(),
          "--output: "
              + output
              + " does not end in .json, by which claimcheck knows a claims file");
    }
    return new NewArticle(
        url, published, outlet.strip(), language, title == null ? null : title.strip());
  }

  private void nextSteps(PrintWriter out, String id, String name, String textFile) {
    String json = output == null ? name + ".json" : output.toString();
    Path text = output == null ? Path.of(textFile) : output.resolveSibling(textFile);
    out.println(
        output == null
            ? "Save this as " + json + " (article " + id + ")."
            : "Wrote " + json + " (article " + id + ").");
    out.println("Next:");
    out.println(
        output != null && Files.exists(text)
            ? "  1. The article's text is read from " + text + ", which exists."
            : "  1. Paste the article's text into " + text + ".");
    out.println(
        "  2. Replace the example claim with the article's claims, quoting its words exactly"
            + (title == null ? "," : ";"));
    if (title == null) {
      out.println("     and the placeholder title with the article's;");
    }
    out.println("     declare under \"actors\" and \"places\" what claimcheck does not know.");
    out.println("  3. Remove \"draft\": true from each finished claim.");
    out.println("  4. claimcheck validate " + json + "   (lists what each draft still lacks)");
    out.println("  5. claimcheck check " + json);
    out.flush();
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  /** An absolute http or https URL with a host. */
  static final class UrlConverter implements ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
      try {
        URI uri = new URI(value.strip());
        if (uri.getScheme() != null
            && uri.getScheme().matches("(?i)https?")
            && uri.getHost() != null) {
          return uri;
        }
      } catch (URISyntaxException e) {
        // said below
      }
      throw new TypeConversionException("'" + value + "' is not an http or https URL");
    }
  }

  /** A date {@code YYYY-MM-DD}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        try {
          return LocalDate.parse(value);
        } catch (DateTimeException e) {
          // said below
        }
      }
      throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
    }
  }

  /** {@code ar} or {@code en}. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      for (Language language : Language.values()) {
        if (language.tag().equalsIgnoreCase(value.strip())) {
          return language;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a language claimcheck reads (expected ar or en)");
    }
  }
}
