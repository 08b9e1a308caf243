package org.claimcheck.claimsjson;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.DateRange;

/**
 * Resolves the date expressions of a claims file to inclusive day ranges, following the date
 * conventions of the bundled article's facts. Expressions are English (the analysts write the JSON
 * in English, whatever the article's language) and case-insensitive.
 *
 * <p>Calendar expressions resolve against the publication date, the article's "today":
 *
 * <ul>
 *   <li>{@code 2021-02-21} (an ISO date), {@code 2020-08} or {@code August 2020} (a whole month);
 *   <li>{@code today}, {@code yesterday}, {@code the day before yesterday}, {@code N days ago};
 *   <li>{@code last August}: that month in its latest occurrence before the publication month
 *       ("last December" said in January is the December before);
 *   <li>{@code the 8th of this month} (also {@code 8 February of this month}): that day of the
 *       publication month;
 *   <li>{@code 24 November last} (also {@code November 24 last}): that day in the latest occurrence
 *       of the month before the publication month.
 * </ul>
 *
 * <p>Expressions relative to a reference, which is the publication date for when a claim was said,
 * and the time the claim was said for the time its proposition is about:
 *
 * <ul>
 *   <li>{@code in the past days}: the seven days ending on the reference's last day;
 *   <li>{@code in the coming months}: the six months after the reference: from the day after it to
 *       the same day six months on, or to the end of the sixth month after a whole month;
 *   <li>{@code then}: the reference itself (for a proposition, when the claim was said);
 *   <li>{@code ongoing}: from the reference's first day to the publication date, for a state that
 *       goes on up to the article.
 * </ul>
 *
 * <p>Any expression that gives one day may name its weekday after a comma ({@code yesterday,
 * Sunday}); a weekday that does not fit the day is an error.
 *
 * <p>Articles are often vague; these resolve to what the article says and no more, open where it is
 * open (a {@link DateRange} end of {@code null}):
 *
 * <ul>
 *   <li>{@code 2014} (a whole year); {@code early|mid|late March 2021} (days 1–10, 11–20, 21 to the
 *       end), {@code early|mid|late this month}; {@code earlier this month|year} (from its start to
 *       the day before publication); {@code last week|month|year} (the whole one before
 *       publication's);
 *   <li>{@code last Tuesday}, {@code this past Tuesday}: the latest Tuesday before the publication
 *       date; {@code on Tuesday}: the latest Tuesday up to it;
 *   <li>{@code since X} and {@code from X} (from X's first day, end open), {@code until X} and
 *       {@code by X} (start open, to X's last day), {@code before X} (start open, to the day before
 *       X), {@code after X} (from the day after X, end open);
 *   <li>{@code previously}: start open, to the day before publication; {@code until further
 *       notice}: from the reference's first day, end open; {@code not said}: both ends open.
 * </ul>
 *
 * <p>A recurrence ({@link #recurrence(String)}): {@code periodically}, {@code daily}, {@code
 * weekly}, {@code monthly}, {@code yearly}, {@code annually}, {@code every day|week|month|year},
 * {@code every other day|week|month|year}, {@code every N days|weeks|months|years}; alone, both
 * ends open, as the article says when it recurs but not over what time; followed by a date, that
 * date's days ({@code every month since March 2020}, {@code every day last week}).
 */
public final class RelativeDates {
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+) (\\d{4})");
  private static final Pattern DAYS_AGO = Pattern.compile("(\\w+) days? ago");
  private static final Pattern LAST_MONTH = Pattern.compile("last ([a-z]+)");
  private static final Pattern OF_THIS_MONTH =
      Pattern.compile("(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)?(?: ([a-z]+))? of this month");
  private static final Pattern DAY_MONTH_LAST =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([a-z]+) last");
  private static final Pattern MONTH_DAY_LAST =
      Pattern.compile("([a-z]+) (\\d{1,2})(?:st|nd|rd|th)? last");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern PART_OF_MONTH = Pattern.compile("(early|mid|late)[ -](.+)");
  private static final Pattern LAST_WEEKDAY = Pattern.compile("(last|on|this past) ([a-z]+)");
  private static final Pattern OPEN = Pattern.compile("(since|from|before|after|until|by) (.+)");

  /** A recurrence (group 1; group 2 the N of "every N weeks"), then perhaps a date (group 3). */
  private static final Pattern RECURRENCE =
      Pattern.compile(
          "(periodically|daily|weekly|monthly|yearly|annually|every (?:other )?(?:day|week|month|year)"
              + "|every (\\w+) (?:days?|weeks?|months?|years?))(?: (.+))?");

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10));

  private RelativeDates() {}

  /** A date expression that cannot be resolved; the message says what was expected. */
  public static final class BadDate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadDate(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The days that {@code expression} means.
   *
   * @param published the article's publication date
   * @param reference what {@code then}, {@code in the past days}, {@code in the coming months} and
   *     {@code ongoing} are relative to
   * @throws BadDate if the expression is not understood, names an impossible day, or names a
   *     weekday the day does not fall on
   */
  public static DateRange resolve(String expression, LocalDate published, DateRange reference) {
    String text = normalised(expression);
    Optional<DayOfWeek> weekday = Optional.empty();
    int comma = text.lastIndexOf(',');
    if (comma >= 0) {
      String tail = text.substring(comma + 1).strip();
      weekday = Optional.of(weekday(tail, expression));
      text = text.substring(0, comma).strip();
    }
    DateRange range = range(text, expression, published, reference);
    if (weekday.isPresent()) {
      if (!range.closed()) {
        throw new BadDate(
            "\"" + expression + "\" names a weekday but means " + range + ", not one day");
      }
      if (!range.from().equals(range.until())) {
        throw new BadDate(
            "\"" + expression + "\" names a weekday but means " + range + ", not one day");
      }
      DayOfWeek actual = range.from().getDayOfWeek();
      if (actual != weekday.get()) {
        throw new BadDate(
            "\""
                + expression
                + "\" is "
                + range.from()
                + ", a "
                + name(actual)
                + ", not a "
                + name(weekday.get()));
      }
    }
    return range;
  }

  private static DateRange range(
      String text, String original, LocalDate published, DateRange reference) {
    Matcher m;
    if (ISO_DAY.matcher(text).matches()) {
      return day(parseDay(text, original));
    }
    if ((m = ISO_MONTH.matcher(text)).matches()) {
      return month(yearMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), original));
    }
    switch (text) {
      case "today":
        return day(published);
      case "yesterday":
        return day(published.minusDays(1));
      case "the day before yesterday":
        return day(published.minusDays(2));
      case "in the past days":
        return new DateRange(reference.until().minusDays(6), reference.until());
      case "in the coming months":
        return comingMonths(reference);
      case "then":
        return reference;
      case "previously":
        return new DateRange(null, published.minusDays(1));
      case "until further notice":
        return new DateRange(reference.from(), null);
      case "not said":
        return new DateRange(null, null);
      case "earlier this month":
        return new DateRange(
            published.withDayOfMonth(1),
            latest(published.withDayOfMonth(1), published.minusDays(1)));
      case "earlier this year":
        return new DateRange(
            published.withDayOfYear(1), latest(published.withDayOfYear(1), published.minusDays(1)));
      case "last week":
        return new DateRange(
            published.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
            published.minusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
      case "last month":
        return month(YearMonth.from(published).minusMonths(1));
      case "last year":
        return new DateRange(
            LocalDate.of(published.getYear() - 1, 1, 1),
            LocalDate.of(published.getYear() - 1, 12, 31));
      case "ongoing":
        if (reference.from() != null && reference.from().isAfter(published)) {
          throw new BadDate("\"" + original + "\" starts after the publication date " + published);
        }
        return new DateRange(reference.from(), published);
      default:
        break;
    }
    if ((m = RECURRENCE.matcher(text)).matches()) {
      return recurring(m, original, published, reference);
    }
    if (text.startsWith("every ")) {
      throw new BadDate("\"" + original + "\" is not a recurrence: expected " + RECURRENCES);
    }
    if (YEAR.matcher(text).matches()) {
      int year = Integer.parseInt(text);
      return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    if ((m = OPEN.matcher(text)).matches() && !text.equals("until further notice")) {
      DateRange bound = range(m.group(2), original, published, reference);
      if (!bound.closed()) {
        throw new BadDate(
            "\"" + original + "\": \"" + m.group(2) + "\" must be a date, not an open time");
      }
      return switch (m.group(1)) {
        case "since", "from" -> new DateRange(bound.from(), null);
        case "until", "by" -> new DateRange(null, bound.until());
        case "before" -> new DateRange(null, bound.from().minusDays(1));
        default -> new DateRange(bound.until().plusDays(1), null);
      };
    }
    if ((m = PART_OF_MONTH.matcher(text)).matches()) {
      DateRange whole = range(m.group(2), original, published, reference);
      if (!whole.closed()
          || !isWholeMonths(whole)
          || !YearMonth.from(whole.from()).equals(YearMonth.from(whole.until()))) {
        throw new BadDate(
            "\""
                + original
                + "\": early, mid and late apply to one month, such as \"late March 2021\"");
      }
      YearMonth month = YearMonth.from(whole.from());
      return switch (m.group(1)) {
        case "early" -> new DateRange(month.atDay(1), month.atDay(10));
        case "mid" -> new DateRange(month.atDay(11), month.atDay(20));
        default -> new DateRange(month.atDay(21), month.atEndOfMonth());
      };
    }
    if ((m = LAST_WEEKDAY.matcher(text)).matches() && isWeekday(m.group(2))) {
      // "on Friday" in an article of a Friday may be that day; "last Friday" is an earlier one.
      LocalDate from = m.group(1).equals("on") ? published : published.minusDays(1);
      return day(from.with(TemporalAdjusters.previousOrSame(weekday(m.group(2), original))));
    }
    if (text.equals("this month")) {
      return month(YearMonth.from(published));
    }
    if ((m = DAYS_AGO.matcher(text)).matches()) {
      return day(published.minusDays(count(m.group(1), original)));
    }
    if ((m = LAST_MONTH.matcher(text)).matches()) {
      return month(lastOccurrence(month(m.group(1), original), published));
    }
    if ((m = OF_THIS_MONTH.matcher(text)).matches()) {
      if (m.group(2) != null && month(m.group(2), original) != published.getMonth()) {
        throw new BadDate(
            "\""
                + original
                + "\": the publication month is "
                + name(published.getMonth())
                + ", not "
                + name(month(m.group(2), original)));
      }
      return day(dayOf(YearMonth.from(published), Integer.parseInt(m.group(1)), original));
    }
    if ((m = DAY_MONTH_LAST.matcher(text)).matches()) {
      YearMonth month = lastOccurrence(month(m.group(2), original), published);
      return day(dayOf(month, Integer.parseInt(m.group(1)), original));
    }
    if ((m = MONTH_DAY_LAST.matcher(text)).matches()) {
      YearMonth month = lastOccurrence(month(m.group(1), original), published);
      return day(dayOf(month, Integer.parseInt(m.group(2)), original));
    }
    if ((m = MONTH_YEAR.matcher(text)).matches()) {
      return month(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1), original)));
    }
    throw new BadDate(
        "\""
            + original
            + "\" is not a date: expected an ISO date (2021-02-21), a month (2020-08,"
            + " August 2020), today, yesterday, N days ago, last MONTH, the Nth of this month,"
            + " N MONTH last, last WEEKDAY, a year (2014), early|mid|late MONTH YEAR, earlier this"
            + " month|year, last week|month|year, since|until|before|after DATE, previously, until"
            + " further notice, not said, in the past days, in the coming months, then, ongoing"
            + " or a recurrence (every month, weekly, periodically), optionally followed by \","
            + " WEEKDAY\"");
  }

  private static final String RECURRENCES =
      "periodically, daily, weekly, monthly, yearly, annually,"
          + " every day|week|month|year, every other day|week|month|year or every N days|weeks|months|years,"
          + " optionally followed by a date (\"every month since March 2020\")";

  /**
   * The recurrence that {@code expression} states, in the words written (lower case, single
   * spaces), without the date that may follow it: {@code every month} for {@code "Every month since
   * March 2020"}; empty when it states none. What {@code cc:recurring} records.
   */
  public static Optional<String> recurrence(String expression) {
    Matcher m = RECURRENCE.matcher(normalised(expression));
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The days of a recurrence: both ends open, or those of the date that follows it. */
  private static DateRange recurring(
      Matcher m, String original, LocalDate published, DateRange reference) {
    if (m.group(2) != null) {
      String n = m.group(2);
      Integer count =
          n.chars().allMatch(Character::isDigit) && n.length() <= 4
              ? Integer.valueOf(n)
              : n.equals("other") ? null : NUMBERS.get(n);
      if (count == null || count < 1) {
        throw new BadDate(
            "\""
                + original
                + "\": \""
                + n
                + "\" is not a number of times (1 or more):"
                + " expected "
                + RECURRENCES);
      }
    }
    String date = m.group(3);
    if (date == null) {
      return new DateRange(null, null);
    }
    if (RECURRENCE.matcher(date).matches()) {
      throw new BadDate("\"" + original + "\" states two recurrences; write one");
    }
    return range(date, original, published, reference);
  }

  private static String normalised(String expression) {
    return expression.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** The six months after {@code reference}; after a whole month, up to a month's end. */
  private static DateRange comingMonths(DateRange reference) {
    LocalDate start = reference.until().plusDays(1);
    LocalDate end = reference.until().plusMonths(6);
    if (isWholeMonths(reference)) {
      end = YearMonth.from(reference.until()).plusMonths(6).atEndOfMonth();
    }
    return new DateRange(start, end);
  }

  private static boolean isWholeMonths(DateRange range) {
    return range.closed()
        && range.from().getDayOfMonth() == 1
        && range.until().equals(YearMonth.from(range.until()).atEndOfMonth());
  }

  /** The latest occurrence of {@code month} strictly before the month of {@code published}. */
  private static YearMonth lastOccurrence(Month month, LocalDate published) {
    YearMonth candidate = YearMonth.of(published.getYear(), month);
    return candidate.isBefore(YearMonth.from(published)) ? candidate : candidate.minusYears(1);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static boolean isWeekday(String word) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }

  private static DateRange month(YearMonth month) {
    return new DateRange(month.atDay(1), month.atEndOfMonth());
  }

  private static LocalDate parseDay(String text, String original) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new BadDate("\"" + original + "\" is not a valid date");
    }
  }

  private static YearMonth yearMonth(int year, int month, String original) {
    try {
      return YearMonth.of(year, month);
    } catch (DateTimeException e) {
      throw new BadDate("\"" + original + "\" is not a valid month");
    }
  }

  private static LocalDate dayOf(YearMonth month, int day, String original) {
    if (day < 1 || day > month.lengthOfMonth()) {
      throw new BadDate(
          "\""
              + original
              + "\": "
              + name(month.getMonth())
              + " "
              + month.getYear()
              + " has no day "
              + day);
    }
    return month.atDay(day);
  }

  private static int count(String word, String original) {
    if (word.chars().allMatch(Character::isDigit) && word.length() <= 4) {
      return Integer.parseInt(word);
    }
    Integer n = NUMBERS.get(word);
    if (n == null) {
      throw new BadDate("\"" + original + "\": \"" + word + "\" is not a number of days");
    }
    return n;
  }

  private static Month month(String word, String original) {
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (word.equals(full)
          || (word.length() >= 3 && full.startsWith(word) && word.length() == 3)) {
        return month;
      }
    }
    throw new BadDate("\"" + original + "\": \"" + word + "\" is not a month name");
  }

  private static DayOfWeek weekday(String word, String original) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(word)) {
        return day;
      }
    }
    throw new BadDate("\"" + original + "\": \"" + word + "\" is not a weekday");
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String name(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
