/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A resource map as a Mermaid flowchart (renders in GitHub Markdown), failed nodes red. */
public final class MermaidMap {

  private MermaidMap() {}

  /** The map as a Mermaid {@code flowchart LR}. */
  public static String render(ResourceMap map) {
    Map<String, String> ids = new HashMap<>();
    List<String> failed = new ArrayList<>();
    StringBuilder text = new StringBuilder("flowchart LR\n");
    for (MapNode node : map.nodes()) {
      String id = "n" + ids.size();
      ids.put(node.id(), id);
      StringBuilder label = new StringBuilder("<b>").append(escape(node.title())).append("</b>");
      node.lines().forEach(line -> label.append("<br/>").append(escape(line)));
      text.append("  ").append(id).append("[\"").append(label).append("\"]\n");
      if (node.failed()) {
        failed.add(id);
      }
    }
    for (MapEdge edge : map.edges()) {
      text.append("  ").append(ids.get(edge.from()));
      text.append(edge.label().isEmpty() ? " --> " : " -->|\"" + escape(edge.label()) + "\"| ");
      text.append(ids.get(edge.to())).append('\n');
    }
    if (!failed.isEmpty()) {
      text.append("  classDef failed fill:#fef2f2,stroke:#dc2626,stroke-dasharray:5 3,color:#b91c1c\n");
      text.append("  class ").append(String.join(",", failed)).append(" failed\n");
    }
    return text.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
  }
}
