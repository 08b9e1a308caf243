package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.claimcheck.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative dates, including month and year boundaries, and the weekday check. */
class RelativeDatesTest {
  static final LocalDate SEED = LocalDate.parse("2021-02-22");

  @ParameterizedTest(name = "\"{0}\" published {1}, said {2}..{3} = {4}..{5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2021-02-21                  | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2021-02-21 | 2021-02-21
          2020-08                     | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2020-08-01 | 2020-08-31
          August 2020                 | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2020-08-01 | 2020-08-31
          today                       | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2021-02-22
          yesterday                   | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2021-02-21 | 2021-02-21
          Yesterday,  Sunday          | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2021-02-21 | 2021-02-21
          yesterday                   | 2021-03-01 | 2021-03-01 | 2021-03-01 | 2021-02-28 | 2021-02-28
          yesterday                   | 2021-01-01 | 2021-01-01 | 2021-01-01 | 2020-12-31 | 2020-12-31
          the day before yesterday    | 2020-03-01 | 2020-03-01 | 2020-03-01 | 2020-02-28 | 2020-02-28
          3 days ago                  | 2021-03-02 | 2021-03-02 | 2021-03-02 | 2021-02-27 | 2021-02-27
          three days ago              | 2021-01-02 | 2021-01-02 | 2021-01-02 | 2020-12-30 | 2020-12-30
          last August                 | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2020-08-01 | 2020-08-31
          last December               | 2021-01-15 | 2021-01-15 | 2021-01-15 | 2020-12-01 | 2020-12-31
          last February               | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2020-02-01 | 2020-02-29
          last January                | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2021-01-01 | 2021-01-31
          the 8th of this month       | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2021-02-08 | 2021-02-08
          8 February of this month    | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2021-02-08 | 2021-02-08
          the 8th of this month       | 2021-01-31 | 2021-01-31 | 2021-01-31 | 2021-01-08 | 2021-01-08
          the 31st of this month      | 2021-01-31 | 2021-01-31 | 2021-01-31 | 2021-01-31 | 2021-01-31
          24 November last            | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2020-11-24 | 2020-11-24
          November 17 last            | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2020-11-17 | 2020-11-17
          24 November last            | 2020-12-05 | 2020-12-05 | 2020-12-05 | 2020-11-24 | 2020-11-24
          in the past days            | 2021-02-22 | 2021-02-22 | 2021-02-22 | 2021-02-16 | 2021-02-22
          in the past days            | 2021-03-03 | 2021-03-03 | 2021-03-03 | 2021-02-25 | 2021-03-03
          in the coming months        | 2021-02-22 | 2020-11-24 | 2020-11-24 | 2020-11-25 | 2021-05-24
          in the coming months        | 2021-02-22 | 2020-08-01 | 2020-08-31 | 2020-09-01 | 2021-02-28
          in the coming months        | 2021-02-22 | 2020-08-31 | 2020-08-31 | 2020-09-01 | 2021-02-28
          then                        | 2021-02-22 | 2020-11-17 | 2020-11-17 | 2020-11-17 | 2020-11-17
          ongoing                     | 2021-02-22 | 2020-08-01 | 2020-08-31 | 2020-08-01 | 2021-02-22
          """)
  void resolves(
      String expression,
      String published,
      String refFrom,
      String refUntil,
      String from,
      String until) {
    DateRange reference = new DateRange(LocalDate.parse(refFrom), LocalDate.parse(refUntil));
    assertThat(RelativeDates.resolve(expression, LocalDate.parse(published), reference))
        .isEqualTo(new DateRange(LocalDate.parse(from), LocalDate.parse(until)));
  }

  @Test
  void aWeekdayThatDoesNotFitIsAnError() {
    assertThatThrownBy(() -> RelativeDates.resolve("yesterday, Monday", SEED, day(SEED)))
        .isInstanceOf(RelativeDates.BadDate.class)
        .hasMessage("\"yesterday, Monday\" is 2021-02-21, a Sunday, not a Monday");
  }

  @Test
  void aWeekdayNeedsOneDay() {
    assertThatThrownBy(() -> RelativeDates.resolve("last August, Sunday", SEED, day(SEED)))
        .isInstanceOf(RelativeDates.BadDate.class)
        .hasMessage(
            "\"last August, Sunday\" names a weekday but means 2020-08-01..2020-08-31, not one day");
  }

  @Test
  void aDayTheMonthDoesNotHaveIsAnError() {
    assertThatThrownBy(() -> RelativeDates.resolve("the 30th of this month", SEED, day(SEED)))
        .isInstanceOf(RelativeDates.BadDate.class)
        .hasMessage("\"the 30th of this month\": February 2021 has no day 30");
  }

  @Test
  void anotherMonthThanThePublicationMonthIsAnError() {
    assertThatThrownBy(() -> RelativeDates.resolve("8 March of this month", SEED, day(SEED)))
        .isInstanceOf(RelativeDates.BadDate.class)
        .hasMessage("\"8 March of this month\": the publication month is February, not March");
  }

  @ParameterizedTest(name = "\"{0}\" recurs \"{1}\" over {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          periodically                   | periodically     | (time not said)
          every month                    | every month      | (time not said)
          Every  Month                   | every month      | (time not said)
          every week                     | every week       | (time not said)
          every year                     | every year       | (time not said)
          every day                      | every day        | (time not said)
          every other week               | every other week | (time not said)
          every 3 days                   | every 3 days     | (time not said)
          every two weeks                | every two weeks  | (time not said)
          every 6 months                 | every 6 months   | (time not said)
          every 1 year                   | every 1 year     | (time not said)
          daily                          | daily            | (time not said)
          weekly                         | weekly           | (time not said)
          monthly                        | monthly          | (time not said)
          yearly                         | yearly           | (time not said)
          annually                       | annually         | (time not said)
          every month since March 2020   | every month      | 2020-03-01..(open)
          weekly until further notice    | weekly           | 2021-02-22..(open)
          every day last week            | every day        | 2021-02-15..2021-02-21
          """)
  void recurrencesAreOpenUnlessADateFollows(String expression, String words, String days) {
    assertThat(RelativeDates.recurrence(expression)).contains(words);
    assertThat(RelativeDates.resolve(expression, SEED, day(SEED))).hasToString(days);
  }

  @Test
  void aDateIsNoRecurrence() {
    assertThat(RelativeDates.recurrence("since March 2020")).isEmpty();
    assertThat(RelativeDates.recurrence("not said")).isEmpty();
    assertThat(RelativeDates.recurrence("every weekend")).isEmpty();
  }

  @Test
  void anUnknownRecurrenceSaysWhatIsExpected() {
    assertThatThrownBy(() -> RelativeDates.resolve("every fortnightish", SEED, day(SEED)))
        .isInstanceOf(RelativeDates.BadDate.class)
        .hasMessage(
            "\"every fortnightish\" is not a recurrence: expected periodically, daily, weekly, monthly,"
                + " yearly, annually, every day|week|month|year, every other day|week|month|year or every N"
                + " days|weeks|months|years, optionally followed by a date (\"every month since March 2020\")");
    assertThatThrownBy(() -> RelativeDates.resolve("every 0 days", SEED, day(SEED)))
        .hasMessageStartingWith("\"every 0 days\": \"0\" is not a number of times (1 or more)");
    assertThatThrownBy(() -> RelativeDates.resolve("every month every week", SEED, day(SEED)))
        .hasMessage("\"every month every week\" states two recurrences; write one");
  }

  @Test
  void unknownExpressionsSayWhatIsExpected() {
    assertThatThrownBy(() -> RelativeDates.resolve("a while back", SEED, day(SEED)))
        .isInstanceOf(RelativeDates.BadDate.class)
        .hasMessageStartingWith("\"a while back\" is not a date: expected an ISO date");
  }

  private static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }
}
