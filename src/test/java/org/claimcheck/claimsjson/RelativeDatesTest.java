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
  void resolves(String expression, String published, String refFrom, String refUntil, String from, String until) {
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
        .hasMessage("\"last August, Sunday\" names a weekday but means 2020-08-01..2020-08-31, not one day");
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
