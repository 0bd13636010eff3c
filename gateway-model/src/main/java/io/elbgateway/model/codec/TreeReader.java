/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.validation.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Builds the tree of one document from its token stream and records the line of every field and
 * list item by field path. YAML aliases ({@code *name}) are expanded and merge keys
 * ({@code <<: *name}) merged, as Kubernetes' YAML reader does, within limits: at most
 * {@code maxAliases} aliases to collections, and aliases may add at most {@code maxAliasNodes}
 * nodes, so that an alias bomb fails fast instead of growing without bound.
 */
final class TreeReader {

  /** A document's tree (empty for an empty document) and the lines of its fields. */
  static final class Tree {
    final Optional<JsonNode> root;
    final int rootLine;
    final Map<FieldPath, Integer> lines;
    final List<Issue> issues;

    Tree(Optional<JsonNode> root, int rootLine, Map<FieldPath, Integer> lines, List<Issue> issues) {
      this.root = root;
      this.rootLine = rootLine;
      this.lines = lines;
      this.issues = issues;
    }
  }

  /** A problem in the document's YAML that does not stop reading it, e.g. a repeated key. */
  static final class Issue {
    final int line;
    final FieldPath path;
    final String message;

    Issue(int line, FieldPath path, String message) {
      this.line = line;
      this.path = path;
      this.message = message;
    }
  }

  /** The document cannot be read; {@code line} is a line of the file. */
  static final class TreeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;

    TreeException(int line, String message) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  private static final String MERGE_KEY = "<<";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final int lineOffset;
  private final int maxAliases;
  private final long maxAliasNodes;
  private final Map<FieldPath, Integer> lines = new HashMap<>();
  private final List<Issue> issues = new ArrayList<>();
  private final Map<String, JsonNode> anchors = new HashMap<>();
  private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();
  private int aliases;
  private long aliasNodes;

  private TreeReader(JsonParser parser, int firstLine, int maxAliases, long maxAliasNodes) {
    this.parser = parser;
    this.lineOffset = firstLine - 1;
    this.maxAliases = maxAliases;
    this.maxAliasNodes = maxAliasNodes;
  }

  /**
   * Reads the first value of {@code parser} (positioned before it) into a tree; lines are
   * translated to the file by {@code firstLine}, the file line of the document's first line.
   * Throws Jackson's exceptions for malformed input and {@link TreeException} when a limit is hit.
   */
  static Tree read(JsonParser parser, int firstLine, int maxAliases, long maxAliasNodes) {
    TreeReader reader = new TreeReader(parser, firstLine, maxAliases, maxAliasNodes);
    JsonToken token = parser.nextToken();
    if (token == null) {
      return new Tree(Optional.empty(), firstLine, Map.of(), List.of());
    }
    int rootLine = reader.line();
    JsonNode root = reader.value(FieldPath.root());
    return new Tree(
        root.isNull() ? Optional.empty() : Optional.of(root),
        rootLine,
        reader.lines,
        List.copyOf(reader.issues));
  }

  private int line() {
    return parser.currentTokenLocation().getLineNr() + lineOffset;
  }

  /** The value whose first token is the current token. */
  private JsonNode value(FieldPath path) {
    JsonToken token = parser.currentToken();
    String anchor = anchor();
    JsonNode node;
    switch (token) {
      case START_OBJECT:
        node = object(path);
        break;
      case START_ARRAY:
        node = array(path);
        break;
      case VALUE_STRING:
        node = isAlias() ? alias(parser.getString()) : NODES.stringNode(parser.getString());
        break;
      case VALUE_NUMBER_INT:
        node = integer();
        break;
      case VALUE_NUMBER_FLOAT:
        node = decimal();
        break;
      case VALUE_TRUE:
        node = NODES.booleanNode(true);
        break;
      case VALUE_FALSE:
        node = NODES.booleanNode(false);
        break;
      case VALUE_NULL:
        node = NODES.nullNode();
        break;
      default:
        node = NODES.stringNode(parser.getString());
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private ObjectNode object(FieldPath path) {
    ObjectNode object = NODES.objectNode();
    Map<String, Integer> keyLines = new HashMap<>();
    List<JsonNode> merges = new ArrayList<>();
    long size = 1;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      int line = line();
      FieldPath child = path.field(name);
      parser.nextToken();
      JsonNode value = value(child);
      size += sizeOf(value);
      if (MERGE_KEY.equals(name) && isYaml()) {
        merges.add(value);
        continue;
      }
      Integer first = keyLines.putIfAbsent(name, line);
      if (first != null) {
        issues.add(
            new Issue(line, child, "duplicate field \"" + name + "\" (first at line " + first + ")"));
      }
      lines.put(child, line);
      object.set(name, value);
    }
    for (JsonNode merge : merges) {
      merge(object, merge, path);
    }
    return sized(object, size);
  }

  private void merge(ObjectNode into, JsonNode source, FieldPath path) {
    if (source.isObject()) {
      for (Map.Entry<String, JsonNode> field : source.properties()) {
        if (!into.has(field.getKey())) {
          into.set(field.getKey(), field.getValue());
        }
      }
    } else if (source.isArray()) {
      for (JsonNode item : source) {
        merge(into, item, path);
      }
    } else {
      issues.add(
          new Issue(
              lines.getOrDefault(path, line()),
              path.field(MERGE_KEY),
              "a merge key (<<) takes a mapping or a list of mappings"));
    }
  }

  private ArrayNode array(FieldPath path) {
    ArrayNode array = NODES.arrayNode();
    long size = 1;
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      FieldPath item = path.index(index++);
      lines.put(item, line());
      JsonNode value = value(item);
      size += sizeOf(value);
      array.add(value);
    }
    return sized(array, size);
  }

  private JsonNode alias(String name) {
    JsonNode target = anchors.get(name);
    if (target == null) {
      throw new TreeException(
          line(),
          "alias *"
              + name
              + " names no anchor on a mapping or list before it"
              + " (anchors on single values are not supported)");
    }
    if (target.isContainer()) {
      aliases++;
      if (aliases > maxAliases) {
        throw new TreeException(
            line(), "more than " + maxAliases + " aliases to collections in one document");
      }
      aliasNodes += sizeOf(target);
      if (aliasNodes > maxAliasNodes) {
        throw new TreeException(
            line(),
            "aliases expand to more than "
                + maxAliasNodes
                + " values in one document (an alias bomb?)");
      }
    }
    return target; // shared, never modified: the tree is read-only once built
  }

  private <N extends JsonNode> N sized(N node, long size) {
    if (size > 1) {
      sizes.put(node, size);
    }
    return node;
  }

  private long sizeOf(JsonNode node) {
    return sizes.getOrDefault(node, 1L);
  }

  private JsonNode integer() {
    switch (parser.getNumberType()) {
      case INT:
        return NODES.numberNode(parser.getIntValue());
      case LONG:
        return NODES.numberNode(parser.getLongValue());
      default:
        return NODES.numberNode(parser.getBigIntegerValue());
    }
  }

  private JsonNode decimal() {
    if (parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL) {
      return NODES.numberNode(parser.getDecimalValue());
    }
    return NODES.numberNode(parser.getDoubleValue());
  }

  private boolean isYaml() {
    return parser instanceof YAMLParser;
  }

  private boolean isAlias() {
    return isYaml() && ((YAMLParser) parser).isCurrentAlias();
  }

  private String anchor() {
    if (!isYaml()) {
      return null;
    }
    Object id = parser.getObjectId();
    return id == null ? null : id.toString();
  }
}
