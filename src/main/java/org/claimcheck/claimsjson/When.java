package org.claimcheck.claimsjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/**
 * A date as written in a claims file: a string (an ISO date or a relative expression, see {@link
 * RelativeDates}) or an object {@code {"from": ..., "until": ...}} whose ends are such strings; an
 * end left out is open.
 */
@JsonDeserialize(using = When.Reader.class)
public sealed interface When {
  /** One expression, such as {@code 2021-02-21} or {@code yesterday, Sunday}. */
  record Expression(String text) implements When {}

  /**
   * An interval from the first day of {@code from} to the last day of {@code until}; either may be
   * {@code null}, an open end.
   */
  record Interval(String from, String until) implements When {}

  /** Reads a string or a {@code {from, until}} object, strictly. */
  final class Reader extends JsonDeserializer<When> {
    @Override
    public When deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return new Expression(p.getText());
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (When) ctxt.handleUnexpectedToken(When.class, p);
      }
      String from = null;
      String until = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (!name.equals("from") && !name.equals("until")) {
          ctxt.reportInputMismatch(
              When.class, "unknown field \"%s\" (expected one of: from, until)", name);
        }
        if (value != JsonToken.VALUE_STRING) {
          ctxt.reportInputMismatch(When.class, "expected a string (a date)");
        }
        if (name.equals("from")) {
          from = p.getText();
        } else {
          until = p.getText();
        }
      }
      if (from == null && until == null) {
        ctxt.reportInputMismatch(
            When.class,
            "an interval needs \"from\", \"until\" or both (leave one out for an open end)");
      }
      return new Interval(from, until);
    }
  }
}
