/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.meta.KubernetesObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes model values as manifests through {@link ModelMappers}: objects as multi-document YAML
 * ({@code ---} between documents) or as JSON (one object, or a {@code v1 List} of several), and
 * any model value (e.g. a desired ELB state) as YAML or JSON.
 */
public final class ManifestWriter {

  private ManifestWriter() {}

  /** The objects as YAML documents separated by {@code ---} lines; empty text for no objects. */
  public static String yaml(List<? extends KubernetesObject> objects) {
    StringBuilder text = new StringBuilder();
    for (KubernetesObject object : objects) {
      if (text.length() > 0) {
        text.append("---\n");
      }
      text.append(toYaml(object));
    }
    return text.toString();
  }

  /** One object as JSON, or several (or none) as a {@code v1 List} with the objects as items. */
  public static String json(List<? extends KubernetesObject> objects) {
    if (objects.size() == 1) {
      return toJson(objects.get(0));
    }
    ObjectNode list = ModelMappers.json().createObjectNode();
    list.put("apiVersion", "v1");
    list.put("kind", KindRegistry.GENERIC_LIST_KIND);
    ArrayNode items = list.putArray("items");
    for (KubernetesObject object : objects) {
      items.add(ModelMappers.json().valueToTree(object));
    }
    return ModelMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(list) + "\n";
  }

  /** Writes {@link #yaml(List)} to {@code out}. */
  public static void writeYaml(List<? extends KubernetesObject> objects, Writer out) {
    write(yaml(objects), out);
  }

  /** Writes {@link #json(List)} to {@code out}. */
  public static void writeJson(List<? extends KubernetesObject> objects, Writer out) {
    write(json(objects), out);
  }

  /**
   * Writes the objects to {@code file}: JSON when its name ends with {@code .json}, YAML
   * otherwise. Throws {@link UncheckedIOException} when the file cannot be written.
   */
  public static void write(List<? extends KubernetesObject> objects, Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String text = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? json(objects) : yaml(objects);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any model value as one YAML document (no {@code ---} marker). */
  public static String toYaml(Object value) {
    return ModelMappers.yaml().writeValueAsString(value);
  }

  /** Any model value as pretty-printed JSON, ending with a newline. */
  public static String toJson(Object value) {
    return ModelMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
  }

  private static void write(String text, Writer out) {
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
