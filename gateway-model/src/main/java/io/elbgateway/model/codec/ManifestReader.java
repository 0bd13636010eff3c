/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.validation.FieldPath;
import io.elbgateway.model.validation.ModelValidator;
import io.elbgateway.model.validation.Severity;
import io.elbgateway.model.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads Kubernetes manifests (YAML, multi-document YAML, JSON; files, directories, streams,
 * strings) into model objects, reporting every problem with its file, line, object and field. Bad
 * input never throws: a malformed or oversized document, an unknown kind, a field of the wrong
 * type or an object the validator rejects becomes a {@link Problem}, and the other documents still
 * load. Thread-safe; every {@code read} call is independent.
 */
public final class ManifestReader {

  /** The API server's limit on a request, and so on one object: 3 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 3L * 1024 * 1024;

  /** How many aliases to collections one YAML document may use. */
  public static final int DEFAULT_MAX_ALIASES = 100;

  /** How many values aliases may add to one YAML document. */
  public static final long DEFAULT_MAX_ALIAS_NODES = 100_000;

  private static final double MIB = 1024.0 * 1024.0;

  private final KindRegistry registry;
  private final Function<KubernetesObject, List<Violation>> validator;
  private final long maxDocumentBytes;
  private final int maxAliases;
  private final long maxAliasNodes;
  private final String defaultNamespace;
  private final YAMLFactory yamlFactory;

  private ManifestReader(Builder builder) {
    this.registry = builder.registry;
    this.validator = builder.validator;
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.maxAliases = builder.maxAliases;
    this.maxAliasNodes = builder.maxAliasNodes;
    this.defaultNamespace = builder.defaultNamespace;
    LoadSettings settings =
        LoadSettings.builder()
            .setMaxAliasesForCollections(maxAliases)
            .setAllowRecursiveKeys(false)
            .setAllowDuplicateKeys(true) // TreeReader reports them, with the field path
            .setSchema(new CoreSchema()) // ~ and null are null, as in Kubernetes
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxDocumentBytes + 1024))
            .build();
    this.yamlFactory =
        ModelMappers.yaml()
            .tokenStreamFactory()
            .rebuild()
            .loadSettings(settings)
            .build();
  }

  /** A reader of the kinds in {@code registry}, with the default limits and {@link ModelValidator}. */
  public static ManifestReader of(KindRegistry registry) {
    return builder().registry(registry).build();
  }

  /** A builder; the registry is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads files and directories in the order given; a directory is read recursively, its
   * {@code .yaml}, {@code .yml} and {@code .json} files in sorted path order. A {@code .json} file
   * is one JSON document; any other file is YAML.
   */
  public LoadResult read(List<Path> paths) {
    Session session = new Session();
    for (Path path : paths) {
      session.readPath(path);
    }
    return session.result();
  }

  /** Reads files and directories; see {@link #read(List)}. */
  public LoadResult read(Path... paths) {
    return read(List.of(paths));
  }

  /**
   * Reads a character stream, naming it {@code sourceName} in problems; JSON when the name ends
   * with {@code .json}, YAML otherwise. Does not close {@code reader}.
   */
  public LoadResult read(Reader reader, String sourceName) {
    Session session = new Session();
    session.readStream(reader, sourceName);
    return session.result();
  }

  /** Reads a UTF-8 byte stream; see {@link #read(Reader, String)}. Does not close {@code in}. */
  public LoadResult read(InputStream in, String sourceName) {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
  }

  /** Reads manifest text; see {@link #read(Reader, String)}. */
  public LoadResult readString(String text, String sourceName) {
    return read(new StringReader(text), sourceName);
  }

  /** Builds a {@link ManifestReader}. */
  public static final class Builder {
    private KindRegistry registry;
    private Function<KubernetesObject, List<Violation>> validator = ModelValidator::validate;
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxAliases = DEFAULT_MAX_ALIASES;
    private long maxAliasNodes = DEFAULT_MAX_ALIAS_NODES;
    private String defaultNamespace = "default";

    private Builder() {}

    /**
     * The namespace of namespaced objects whose manifest names none, as {@code kubectl apply -n}
     * would place them; {@code default} unless set.
     */
    public Builder defaultNamespace(String defaultNamespace) {
      if (defaultNamespace.isEmpty()) {
        throw new IllegalArgumentException("the default namespace must not be empty");
      }
      this.defaultNamespace = defaultNamespace;
      return this;
    }

    /** The kinds to read; documents of other kinds are skipped with a warning. */
    public Builder registry(KindRegistry registry) {
      this.registry = Objects.requireNonNull(registry);
      return this;
    }

    /** Validates each decoded object; {@link ModelValidator#validate} unless set. */
    public Builder validator(Function<KubernetesObject, List<Violation>> validator) {
      this.validator = Objects.requireNonNull(validator);
      return this;
    }

    /** The largest document read, in UTF-8 bytes; {@link #DEFAULT_MAX_DOCUMENT_BYTES} unless set. */
    public Builder maxDocumentBytes(long maxDocumentBytes) {
      this.maxDocumentBytes = positive(maxDocumentBytes);
      return this;
    }

    /** How many aliases to collections one document may use; {@link #DEFAULT_MAX_ALIASES} unless set. */
    public Builder maxAliases(int maxAliases) {
      this.maxAliases = (int) positive(maxAliases);
      return this;
    }

    /** How many values aliases may add to one document; {@link #DEFAULT_MAX_ALIAS_NODES} unless set. */
    public Builder maxAliasNodes(long maxAliasNodes) {
      this.maxAliasNodes = positive(maxAliasNodes);
      return this;
    }

    /** The reader. */
    public ManifestReader build() {
      if (registry == null) {
        throw new IllegalStateException("a ManifestReader needs a KindRegistry");
      }
      return new ManifestReader(this);
    }

    private static long positive(long value) {
      if (value <= 0) {
        throw new IllegalArgumentException("a limit must be positive: " + value);
      }
      return value;
    }
  }

  /** The state of one read: what loaded, what went wrong, which keys were seen where. */
  private final class Session {
    private final List<LoadedObject> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<ObjectKey, LoadedObject> byKey = new HashMap<>();

    LoadResult result() {
      return LoadResult.builder().entries(entries).problems(problems).build();
    }

    void readPath(Path path) {
      if (!Files.isDirectory(path)) {
        readFile(path);
        return;
      }
      List<Path> files = new ArrayList<>();
      try {
        Files.walkFileTree(
            path,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && isManifestFile(file)) {
                  files.add(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                problem(Severity.ERROR, file.toString(), 0, "cannot read: " + reason(e));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException | UncheckedIOException e) {
        problem(Severity.ERROR, path.toString(), 0, "cannot read directory: " + reason(e));
      }
      files.stream().sorted().forEach(this::readFile);
    }

    private void readFile(Path file) {
      String source = file.toString();
      try (InputStream in = Files.newInputStream(file)) {
        readStream(new InputStreamReader(in, StandardCharsets.UTF_8), source);
      } catch (NoSuchFileException e) {
        problem(Severity.ERROR, source, 0, "no such file or directory");
      } catch (IOException | UncheckedIOException e) {
        problem(Severity.ERROR, source, 0, "cannot read: " + reason(e));
      }
    }

    void readStream(Reader reader, String source) {
      boolean json = source.toLowerCase(Locale.ROOT).endsWith(".json");
      try {
        DocumentSplitter.split(
            reader,
            maxDocumentBytes,
            !json,
            new DocumentSplitter.Sink() {
              @Override
              public void document(String text, int firstLine) {
                readDocument(text, source, firstLine, json);
              }

              @Override
              public void oversized(int firstLine, long bytes) {
                problem(Severity.ERROR, source, firstLine, oversizedMessage(bytes));
              }
            });
      } catch (IOException | UncheckedIOException e) {
        problem(Severity.ERROR, source, 0, "cannot read: " + reason(e));
      }
    }

    private void readDocument(String text, String source, int firstLine, boolean json) {
      TreeReader.Tree tree;
      try (JsonParser parser =
          json
              ? ModelMappers.json().createParser(text)
              : yamlFactory.createParser(ObjectReadContext.empty(), text)) {
        tree = TreeReader.read(parser, firstLine, maxAliases, maxAliasNodes);
      } catch (TreeReader.TreeException e) {
        problem(Severity.ERROR, source, e.line, e.getMessage());
        return;
      } catch (JacksonException e) {
        int line =
            e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? e.getLocation().getLineNr() + firstLine - 1
                : firstLine;
        problem(
            Severity.ERROR,
            source,
            line,
            (json ? "malformed JSON: " : "malformed YAML: ")
                + DecodeErrors.firstLine(e.getOriginalMessage()));
        return;
      } catch (RuntimeException e) {
        problem(Severity.ERROR, source, firstLine, "cannot be read: " + reason(e));
        return;
      }
      if (tree.root.isEmpty()) {
        return; // an empty document
      }
      JsonNode root = tree.root.get();
      if (!tree.issues.isEmpty()) {
        for (TreeReader.Issue issue : tree.issues) {
          add(Severity.ERROR, source, issue.line, keyOf(root), issue.path, issue.message);
        }
        return;
      }
      LineIndex lines = LineIndex.of(tree.rootLine, tree.lines);
      if (!root.isObject()) {
        problem(
            Severity.ERROR,
            source,
            tree.rootLine,
            "a document must be an object with apiVersion and kind, not "
                + (root.isArray() ? "a list" : "a single value"));
        return;
      }
      readObject((ObjectNode) root, source, lines, Optional.empty(), Optional.empty());
    }

    /**
     * One object, or a list of them; an item of a typed list ({@code WidgetList}) that names no
     * apiVersion or kind takes the list's apiVersion and item kind.
     */
    private void readObject(
        ObjectNode node,
        String source,
        LineIndex lines,
        Optional<String> listApiVersion,
        Optional<KindDescriptor> listed) {
      int line = lines.rootLine();
      String apiVersion = text(node, "apiVersion").orElse(listApiVersion.orElse(""));
      String kind = text(node, "kind").orElse(listed.map(KindDescriptor::kind).orElse(""));
      if (apiVersion.isEmpty() || kind.isEmpty()) {
        String missing =
            apiVersion.isEmpty() && kind.isEmpty()
                ? "apiVersion and kind"
                : apiVersion.isEmpty() ? "apiVersion" : "kind";
        problem(
            Severity.ERROR, source, line, "object has no " + missing + "; it is not read");
        return;
      }
      if (registry.isList(apiVersion, kind)) {
        readList(node, source, lines, apiVersion, kind);
        return;
      }
      Optional<KindDescriptor> descriptor = registry.find(apiVersion, kind);
      if (descriptor.isEmpty()) {
        Optional<KindDescriptor> other = registry.findInGroup(apiVersion, kind);
        if (other.isPresent()) {
          add(
              Severity.ERROR,
              source,
              line,
              keyOf(node),
              null,
              kind
                  + " is not served at "
                  + apiVersion
                  + "; served versions: "
                  + String.join(", ", other.get().versions()));
        } else {
          problem(
              Severity.WARNING,
              source,
              line,
              "unknown kind " + kind + " (apiVersion " + apiVersion + "); skipped");
        }
        return;
      }
      if (listed.isPresent() && (!node.has("apiVersion") || !node.has("kind"))) {
        ObjectNode filled = node.objectNode();
        filled.put("apiVersion", apiVersion);
        filled.put("kind", kind);
        filled.setAll(node);
        node = filled;
      }
      decode(node, source, lines, descriptor.get());
    }

    private void readList(
        ObjectNode node, String source, LineIndex lines, String apiVersion, String kind) {
      Optional<KindDescriptor> listed = registry.listedKind(apiVersion, kind);
      JsonNode items = node.get("items");
      if (items == null || items.isNull()) {
        return;
      }
      if (!items.isArray()) {
        add(
            Severity.ERROR,
            source,
            lines.line(FieldPath.root().field("items")),
            null,
            FieldPath.root().field("items"),
            kind + " items must be a list");
        return;
      }
      for (int i = 0; i < items.size(); i++) {
        FieldPath at = FieldPath.root().field("items", i);
        JsonNode item = items.get(i);
        if (!item.isObject()) {
          add(Severity.ERROR, source, lines.line(at), null, at, "a list item must be an object");
          continue;
        }
        readObject(
            (ObjectNode) item,
            source,
            lines.within(at),
            listed.map(k -> apiVersion),
            listed);
      }
    }

    private void decode(ObjectNode document, String source, LineIndex lines, KindDescriptor kind) {
      ObjectNode node = kind.namespaced() ? placeInNamespace(document) : document;
      List<FieldPath> unknown = new ArrayList<>();
      KubernetesObject object;
      try {
        ObjectReader reader =
            ModelMappers.yaml()
                .readerFor(kind.type())
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 3.5 is no int32, as in Kubernetes
                .withHandler(new UnknownFields(unknown));
        object = reader.readValue(node);
      } catch (RuntimeException e) {
        ObjectKey key = keyOf(node);
        for (DecodeErrors.FieldError error : DecodeErrors.explain(e, node)) {
          add(Severity.ERROR, source, lines.line(error.path), key, error.path, error.message);
        }
        return;
      }
      ObjectKey key = object.key();
      for (FieldPath path : unknown) {
        add(Severity.WARNING, source, lines.line(path), key, path, "unknown field, ignored");
      }
      List<Violation> violations;
      try {
        violations = validator.apply(object);
      } catch (RuntimeException e) {
        add(Severity.ERROR, source, lines.rootLine(), key, null, "cannot be validated: " + reason(e));
        return;
      }
      boolean rejected = false;
      for (Violation violation : violations) {
        rejected |= violation.severity() == Severity.ERROR;
        add(
            violation.severity(),
            source,
            lines.line(violation.path()),
            violation.object(),
            violation.path(),
            violation.message());
      }
      if (!rejected) {
        keep(
            ImmutableLoadedObject.builder()
                .object(object)
                .location(SourceLocation.of(source, lines.rootLine()))
                .lines(lines)
                .build());
      }
    }

    /** The document with {@code metadata.namespace} set to the default where it names none. */
    private ObjectNode placeInNamespace(ObjectNode document) {
      JsonNode metadata = document.get("metadata");
      if (metadata == null || !metadata.isObject() || metadata.hasNonNull("namespace")) {
        return document;
      }
      ObjectNode placed = document.deepCopy();
      ((ObjectNode) placed.get("metadata")).put("namespace", defaultNamespace);
      return placed;
    }

    private void keep(LoadedObject entry) {
      ObjectKey key = entry.object().key();
      LoadedObject earlier = byKey.put(key, entry);
      if (earlier != null) {
        entries.remove(earlier);
        add(
            Severity.WARNING,
            entry.location().source(),
            entry.location().line(),
            key,
            null,
            "duplicate of the object at "
                + earlier.location().render()
                + "; this one replaces it");
      }
      entries.add(entry);
    }

    private void problem(Severity severity, String source, int line, String message) {
      add(severity, source, line, null, null, message);
    }

    private void add(
        Severity severity,
        String source,
        int line,
        ObjectKey object,
        FieldPath path,
        String message) {
      problems.add(
          Problem.builder()
              .severity(severity)
              .location(SourceLocation.of(source, line))
              .object(Optional.ofNullable(object))
              .path(Optional.ofNullable(path).filter(p -> !p.segments().isEmpty()))
              .message(message)
              .build());
    }
  }

  /** Records unknown fields (by path relative to the object) and skips them. */
  private static final class UnknownFields extends DeserializationProblemHandler {
    private final List<FieldPath> sink;

    UnknownFields(List<FieldPath> sink) {
      this.sink = sink;
    }

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext context,
        JsonParser parser,
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName) {
      List<Object> segments = new ArrayList<>();
      for (TokenStreamContext at = parser.streamReadContext(); at != null && !at.inRoot(); at = at.getParent()) {
        if (at.inObject() && at.currentName() != null) {
          segments.add(0, at.currentName());
        } else if (at.inArray()) {
          segments.add(0, at.getCurrentIndex());
        }
      }
      FieldPath path = FieldPath.root();
      for (Object segment : segments) {
        path = segment instanceof Integer ? path.index((Integer) segment) : path.field((String) segment);
      }
      sink.add(path);
      parser.skipChildren();
      return true;
    }
  }

  /** The key of an object that did not decode, as far as its tree tells; empty without a name. */
  private static ObjectKey keyOf(JsonNode node) {
    Optional<String> name = text(node.path("metadata"), "name");
    Optional<String> kindName = text(node, "kind");
    if (name.isEmpty() || kindName.isEmpty()) {
      return null;
    }
    String group = KindRegistry.groupOf(text(node, "apiVersion").orElse(""));
    String namespace = text(node.path("metadata"), "namespace").orElse("");
    return ObjectKey.of(group, kindName.get(), namespace, name.get());
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull()
        ? Optional.of(value.asString())
        : Optional.empty();
  }

  private static boolean isManifestFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private String oversizedMessage(long bytes) {
    if (maxDocumentBytes == DEFAULT_MAX_DOCUMENT_BYTES) {
      return "document is " + size(bytes) + "; a Kubernetes object is at most 3 MiB";
    }
    return "document is " + size(bytes) + "; documents are read up to " + size(maxDocumentBytes);
  }

  /** {@code 50.0 MiB}, {@code 2.5 KiB}, {@code 64 bytes}. */
  private static String size(long bytes) {
    if (bytes >= MIB) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }

  private static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
