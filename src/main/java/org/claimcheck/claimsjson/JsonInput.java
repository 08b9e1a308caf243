package org.claimcheck.claimsjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.error.Utf8;

/**
 * Reads a claims file strictly and remembers where each value starts, so that any later error can
 * be reported as {@code file:line:col: /json/pointer: message}.
 *
 * <p>Refused: bytes that are not UTF-8, syntax errors, duplicate keys, unknown fields, values of
 * the wrong type (no coercion between strings, numbers and booleans), trailing content and nesting
 * deeper than {@value #MAX_DEPTH}. A syntax error ends the reading; unknown fields and values of
 * the wrong type are all collected ({@link Parsed#problems()}), and read as absent.
 */
final class JsonInput {
  /** A claims file nests 5 levels deep; anything far deeper is a mistake or an attack. */
  static final int MAX_DEPTH = 32;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private static final ObjectMapper MAPPER = mapper();

  private final Path file;
  private final Map<String, JsonLocation> locations;

  private JsonInput(Path file, Map<String, JsonLocation> locations) {
    this.file = file;
    this.locations = locations;
  }

  /**
   * Parses {@code bytes}, the content of {@code file}.
   *
   * @throws ClaimcheckException BAD_INPUT at the place of the first problem
   */
  static Parsed parse(Path file, byte[] bytes) {
    // Parsed as characters, so that columns count characters, not UTF-8 bytes.
    String text = Utf8.decode(file.toString(), bytes);
    Map<String, JsonLocation> locations = new HashMap<>();
    Map<String, JsonLocation> keys = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      Walker walker = new Walker(parser, locations, keys);
      try {
        if (parser.nextToken() == null) {
          throw ClaimcheckException.badInput(
              file, -1, -1, "file is empty (expected a JSON object)");
        }
        walker.value("");
        if (parser.nextToken() != null) {
          throw ClaimcheckException.badInput(
              file,
              line(parser.currentTokenLocation()),
              col(parser.currentTokenLocation()),
              "content after the end of the JSON object");
        }
      } catch (JsonProcessingException e) {
        String pointer = walker.pointer();
        String message = clean(e.getOriginalMessage());
        String name = parser.getParsingContext().getCurrentName();
        JsonLocation location = e.getLocation();
        if (message.startsWith("Duplicate field") && name != null) {
          // Jackson reports the place after the duplicate key; point at the key itself.
          location = keyStart(location, name);
          pointer = member(pointer, name);
          message = "duplicate key \"" + name + "\" (a key may appear only once in an object)";
        }
        throw at(file, location, pointer, message);
      }
    } catch (IOException e) {
      throw ClaimcheckException.badInput(file, -1, -1, "cannot read: " + e.getMessage());
    }
    JsonInput input = new JsonInput(file, locations);
    List<Problem> problems = new ArrayList<>();
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (IOException e) {
      throw ClaimcheckException.badInput(file, -1, -1, "cannot read: " + e.getMessage());
    }
    if (!tree.isObject()) {
      throw ClaimcheckException.badInput(input.problem("", "expected a JSON object").text());
    }
    // Each value that cannot be mapped is reported and taken out, until the rest maps.
    Set<String> emptied = new HashSet<>();
    while (true) {
      try {
        return new Parsed(MAPPER.treeToValue(tree, ClaimsFile.class), input, problems);
      } catch (JsonMappingException e) {
        String pointer = pointer(e.getPath());
        // Point at the key of an unknown field, else at the start of the bad value.
        JsonLocation location =
            e instanceof UnrecognizedPropertyException ? keys.get(pointer) : locations.get(pointer);
        if (!emptied.contains(pointer)) {
          problems.add(input.problem(location, pointer, describe(e)));
        }
        if (!takeOut(tree, pointer, emptied)) {
          throw ClaimcheckException.badInput(
              problems.stream().sorted(Problem.IN_FILE_ORDER).map(Problem::text).toList());
        }
      } catch (IOException e) {
        throw ClaimcheckException.badInput(file, -1, -1, "cannot read: " + e.getMessage());
      }
    }
  }

  /**
   * Takes the value at {@code pointer} out of {@code tree}: a member is removed; an item of an
   * array (whose place the others' pointers depend on) is emptied first, then, if it still does not
   * map, the array is removed. False if nothing could be taken out.
   */
  private static boolean takeOut(JsonNode tree, String pointer, Set<String> emptied) {
    if (pointer.isEmpty()) {
      return false;
    }
    int slash = pointer.lastIndexOf('/');
    String parentPointer = pointer.substring(0, slash);
    JsonNode parent = tree.at(parentPointer);
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode object && object.has(last)) {
      object.remove(last);
      return true;
    }
    if (parent instanceof ArrayNode array) {
      int index = Integer.parseInt(last);
      if (emptied.add(pointer)) {
        array.set(index, array.get(index).isObject() ? array.objectNode() : array.textNode(""));
        return true;
      }
      return takeOut(tree, parentPointer, emptied);
    }
    return false;
  }

  /**
   * A parsed file, the locations of its values, and the unknown fields and values of the wrong type
   * found (read as absent).
   */
  record Parsed(ClaimsFile claims, JsonInput input, List<Problem> problems) {}

  /** The file read. */
  Path file() {
    return file;
  }

  /**
   * An error about the value at {@code pointer} (or, if absent, its nearest present ancestor), to
   * throw: it ends the reading of the part of the file that holds it.
   */
  Problem.Found error(String pointer, String message) {
    return new Problem.Found(problem(pointer, message));
  }

  /** A problem with the value at {@code pointer} (or, if absent, its nearest present ancestor). */
  Problem problem(String pointer, String message) {
    String at = pointer;
    while (!locations.containsKey(at) && !at.isEmpty()) {
      at = at.substring(0, at.lastIndexOf('/'));
    }
    return problem(locations.get(at), pointer, message);
  }

  private Problem problem(JsonLocation location, String pointer, String message) {
    return new Problem(file, line(location), col(location), pointer, message);
  }

  /** Whether the file has a value at {@code pointer}. */
  boolean has(String pointer) {
    return locations.containsKey(pointer);
  }

  /**
   * The pointer of a member of an object: {@code /} escaped as {@code ~1}, {@code ~} as {@code ~0}.
   */
  static String member(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  private static ClaimcheckException at(
      Path file, JsonLocation location, String pointer, String message) {
    String where = pointer.isEmpty() ? "(root)" : pointer;
    return ClaimcheckException.badInput(
        file, line(location), col(location), where + ": " + message);
  }

  private static long line(JsonLocation location) {
    return location == null ? -1 : location.getLineNr();
  }

  private static long col(JsonLocation location) {
    return location == null ? -1 : location.getColumnNr();
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        pointer.append(member("", ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        pointer.append('/').append(ref.getIndex());
      }
    }
    return pointer.toString();
  }

  private static String describe(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return unknownField(u.getPropertyName(), u.getKnownPropertyIds());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      Class<?> type = m.getTargetType();
      String message = clean(e.getOriginalMessage());
      if (type == When.class && !message.startsWith("Cannot")) {
        return message;
      }
      return "expected " + expected(type);
    }
    return clean(e.getOriginalMessage());
  }

  private static String unknownField(String name, Collection<Object> known) {
    return "unknown field \""
        + name
        + "\" (expected one of: "
        + known.stream().map(Object::toString).sorted().collect(Collectors.joining(", "))
        + ")";
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array (or a single string)";
    }
    if (When.class.isAssignableFrom(type)) {
      return "a date: a string (an ISO date or an expression) or an object {\"from\", \"until\"}";
    }
    return "an object";
  }

  /** Jackson's messages carry a source excerpt and hints after a newline; keep the first line. */
  private static String clean(String message) {
    String text = Objects.requireNonNullElse(message, "invalid JSON").strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }

  private static JsonLocation keyStart(JsonLocation after, String name) {
    int col = after.getColumnNr() - name.length() - 2;
    return col < 1 ? after : new JsonLocation(after.contentReference(), -1, after.getLineNr(), col);
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper =
        JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /** Walks every token once, recording where each value starts by its JSON Pointer. */
  private static final class Walker {
    private final JsonParser parser;
    private final Map<String, JsonLocation> locations;
    private final Map<String, JsonLocation> keys;
    private String current = "";

    Walker(JsonParser parser, Map<String, JsonLocation> locations, Map<String, JsonLocation> keys) {
      this.parser = parser;
      this.locations = locations;
      this.keys = keys;
    }

    /** The pointer of the value being read when an error struck. */
    String pointer() {
      return current;
    }

    void value(String pointer) throws IOException {
      current = pointer;
      locations.put(pointer, parser.currentTokenLocation());
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT) {
        while (true) {
          current = pointer;
          JsonToken next = parser.nextToken();
          if (next != JsonToken.FIELD_NAME) {
            break;
          }
          String child = member(pointer, parser.currentName());
          keys.put(child, parser.currentTokenLocation());
          current = child;
          parser.nextToken();
          value(child);
        }
      } else if (token == JsonToken.START_ARRAY) {
        int index = 0;
        while (true) {
          current = pointer + "/" + index;
          if (parser.nextToken() == JsonToken.END_ARRAY) {
            break;
          }
          value(pointer + "/" + index++);
        }
      }
    }
  }
}
