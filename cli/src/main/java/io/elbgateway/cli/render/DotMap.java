/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

import java.util.HashMap;
import java.util.Map;

/** A resource map in Graphviz DOT ({@code dot -Tsvg}), left to right, failed nodes red and dashed. */
public final class DotMap {

  private static final String[] FILL = {"#ede9fe", "#dbeafe", "#fef3c7", "#dcfce7", "#f3f4f6"};

  private DotMap() {}

  /** The map as a DOT digraph. */
  public static String render(ResourceMap map) {
    Map<String, String> ids = new HashMap<>();
    StringBuilder dot = new StringBuilder("digraph resource_map {\n")
        .append("  rankdir=LR;\n")
        .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n")
        .append("  edge [color=\"#9ca3af\", fontname=\"Helvetica\", fontsize=9];\n");
    for (MapNode node : map.nodes()) {
      String id = "n" + ids.size();
      ids.put(node.id(), id);
      StringBuilder label = new StringBuilder(quote(node.title()));
      node.lines().forEach(line -> label.append("\\l").append(quote(line)));
      dot.append("  ").append(id).append(" [label=\"").append(label).append(node.lines().isEmpty() ? "" : "\\l").append("\"")
          .append(node.failed() ? ", color=\"#dc2626\", fillcolor=\"#fef2f2\", style=\"rounded,filled,dashed\"" : ", fillcolor=\"" + FILL[node.column().ordinal()] + "\"")
          .append("];\n");
    }
    for (MapEdge edge : map.edges()) {
      dot.append("  ").append(ids.get(edge.from())).append(" -> ").append(ids.get(edge.to()));
      if (!edge.label().isEmpty()) {
        dot.append(" [label=\"").append(quote(edge.label())).append("\"]");
      }
      dot.append(";\n");
    }
    return dot.append("}\n").toString();
  }

  private static String quote(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
