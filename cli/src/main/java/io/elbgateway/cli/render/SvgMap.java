/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

import java.util.Locale;

/**
 * A resource map as one standalone SVG image: columns with headings, a box per node (red and
 * dashed when it failed translation), curved arrows with their labels. Uses no external fonts,
 * images or scripts.
 */
public final class SvgMap {

  private static final String[] FILL = {"#ede9fe", "#dbeafe", "#fef3c7", "#dcfce7", "#f3f4f6"};

  private SvgMap() {}

  /** The map as an SVG document. */
  public static String render(ResourceMap map) {
    MapLayout layout = MapLayout.of(map);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(layout.width()).append("\" height=\"")
        .append(layout.height()).append("\" viewBox=\"0 0 ").append(layout.width()).append(' ').append(layout.height())
        .append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\" font-size=\"12\""
            + " role=\"img\" aria-label=\"Resource map\">\n");
    svg.append("<style>\n"
        + ".node rect{stroke:#6b7280;stroke-width:1}\n"
        + ".node.failed rect{fill:#fef2f2;stroke:#dc2626;stroke-width:1.5;stroke-dasharray:5 3}\n"
        + ".node .title{font-weight:600;fill:#111827}\n"
        + ".node.failed .title{fill:#b91c1c}\n"
        + ".node .line{fill:#374151}\n"
        + ".edge{fill:none;stroke:#9ca3af;stroke-width:1.2}\n"
        + ".edge.failed{stroke:#dc2626;stroke-dasharray:4 3}\n"
        + ".edge.hot{stroke:#2563eb;stroke-width:2.5}\n"
        + ".edge-label{fill:#1f2937;font-size:11px}\n"
        + ".heading{font-weight:700;font-size:14px;fill:#111827}\n"
        + "</style>\n");
    for (MapColumn column : MapColumn.values()) {
      int x = MapLayout.MARGIN + column.ordinal() * (MapLayout.NODE_WIDTH + MapLayout.COLUMN_GAP);
      svg.append("<text class=\"heading\" x=\"").append(x).append("\" y=\"32\">").append(escape(column.heading())).append("</text>\n");
    }
    for (MapEdge edge : map.edges()) {
      MapLayout.Box from = layout.box(edge.from());
      MapLayout.Box to = layout.box(edge.to());
      int x1 = from.right();
      int y1 = from.middleY();
      int x2 = to.x();
      int y2 = to.middleY();
      int bend = Math.max(30, (x2 - x1) / 2);
      boolean failed = map.nodes().stream().anyMatch(n -> n.id().equals(edge.to()) && n.failed());
      svg.append("<path class=\"edge").append(failed ? " failed" : "").append("\" data-from=\"").append(escape(edge.from()))
          .append("\" data-to=\"").append(escape(edge.to())).append("\" d=\"M").append(x1).append(' ').append(y1)
          .append(" C").append(x1 + bend).append(' ').append(y1).append(' ').append(x2 - bend).append(' ').append(y2)
          .append(' ').append(x2).append(' ').append(y2).append("\"/>\n");
      if (!edge.label().isEmpty()) {
        svg.append("<text class=\"edge-label\" x=\"").append((x1 + x2) / 2 - 30).append("\" y=\"").append((y1 + y2) / 2 - 4)
            .append("\">").append(escape(edge.label())).append("</text>\n");
      }
    }
    for (MapNode node : map.nodes()) {
      MapLayout.Box box = layout.box(node.id());
      svg.append("<g class=\"node ").append(node.column().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append(node.failed() ? " failed" : "").append("\" data-id=\"").append(escape(node.id())).append("\">\n");
      svg.append("<title>").append(escape(node.title())).append("</title>\n");
      svg.append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"").append(box.width())
          .append("\" height=\"").append(box.height()).append("\" rx=\"6\" fill=\"").append(FILL[node.column().ordinal()]).append("\"/>\n");
      svg.append("<text class=\"title\" x=\"").append(box.x() + 10).append("\" y=\"").append(box.y() + 18).append("\">")
          .append(escape(node.title())).append("</text>\n");
      int y = box.y() + 18 + MapLayout.LINE_HEIGHT;
      for (String line : node.lines()) {
        svg.append("<text class=\"line\" x=\"").append(box.x() + 10).append("\" y=\"").append(y).append("\" xml:space=\"preserve\">")
            .append(escape(line)).append("</text>\n");
        y += MapLayout.LINE_HEIGHT;
      }
      svg.append("</g>\n");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Text for XML content and attributes. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
