/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

/**
 * A resource map as one self-contained HTML page: the SVG inline, a legend, and a few lines of
 * inline script that highlight a node's arrows on hover. Nothing is loaded from the network. If the
 * script fails, the page says so in an element a test can look for.
 */
public final class HtmlMap {

  private HtmlMap() {}

  /** The page; {@code title} heads it. */
  public static String render(ResourceMap map, String title) {
    long failed = map.nodes().stream().filter(MapNode::failed).count();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(SvgMap.escape(title)).append("</title>\n")
        .append("<style>\n"
            + "body{margin:16px;font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#111827;background:#fff}\n"
            + "h1{font-size:18px;margin:0 0 4px}\n"
            + "p.summary{margin:0 0 12px;color:#4b5563}\n"
            + "ul.legend{list-style:none;padding:0;margin:0 0 12px;display:flex;gap:16px;font-size:12px;color:#374151}\n"
            + "ul.legend span{display:inline-block;width:12px;height:12px;border:1px solid #6b7280;border-radius:3px;margin-right:4px;vertical-align:middle}\n"
            + "#map{overflow:auto;border:1px solid #e5e7eb;border-radius:8px}\n"
            + ".node{cursor:default}\n"
            + "</style>\n</head>\n<body>\n");
    html.append("<h1>").append(SvgMap.escape(title)).append("</h1>\n");
    html.append("<p class=\"summary\">")
        .append(count(map.column(MapColumn.LOAD_BALANCER).stream().filter(n -> !n.failed()).count(), "load balancer")).append(", ")
        .append(count(map.column(MapColumn.LISTENER).stream().filter(n -> !n.failed()).count(), "listener")).append(", ")
        .append(count(map.column(MapColumn.RULE).stream().filter(n -> !n.failed()).count(), "rule")).append(" (defaults included), ")
        .append(count(map.column(MapColumn.TARGET_GROUP).size(), "target group")).append(", ")
        .append(count(map.column(MapColumn.TARGET).size(), "target"))
        .append(failed == 0 ? "" : "; " + failed + " not programmed (red)").append("</p>\n");
    html.append("<ul class=\"legend\">"
        + "<li><span style=\"background:#ede9fe\"></span>load balancer</li>"
        + "<li><span style=\"background:#dbeafe\"></span>listener</li>"
        + "<li><span style=\"background:#fef3c7\"></span>rule</li>"
        + "<li><span style=\"background:#dcfce7\"></span>target group</li>"
        + "<li><span style=\"background:#f3f4f6\"></span>target</li>"
        + "<li><span style=\"background:#fef2f2;border:1px dashed #dc2626\"></span>not programmed, with its reason</li>"
        + "</ul>\n");
    html.append("<div id=\"map\">\n").append(SvgMap.render(map)).append("</div>\n");
    html.append("<script>\n"
        + "window.onerror = function (message) {\n"
        + "  var marker = document.createElement('pre');\n"
        + "  marker.className = 'map' + '-failure';\n"
        + "  marker.textContent = 'map' + '-script-failed: ' + message;\n"
        + "  document.body.appendChild(marker);\n"
        + "};\n"
        + "(function () {\n"
        + "  function edgesOf(id) {\n"
        + "    var all = document.querySelectorAll('path.edge');\n"
        + "    var found = [];\n"
        + "    for (var i = 0; i < all.length; i++) {\n"
        + "      if (all[i].getAttribute('data-from') === id || all[i].getAttribute('data-to') === id) found.push(all[i]);\n"
        + "    }\n"
        + "    return found;\n"
        + "  }\n"
        + "  var nodes = document.querySelectorAll('g.node');\n"
        + "  for (var i = 0; i < nodes.length; i++) {\n"
        + "    nodes[i].addEventListener('mouseenter', function (event) {\n"
        + "      var edges = edgesOf(event.currentTarget.getAttribute('data-id'));\n"
        + "      for (var j = 0; j < edges.length; j++) edges[j].classList.add('hot');\n"
        + "    });\n"
        + "    nodes[i].addEventListener('mouseleave', function () {\n"
        + "      var hot = document.querySelectorAll('.hot');\n"
        + "      for (var k = 0; k < hot.length; k++) hot[k].classList.remove('hot');\n"
        + "    });\n"
        + "  }\n"
        + "  document.body.setAttribute('data-map', 'ready ' + nodes.length + ' nodes');\n"
        + "})();\n"
        + "</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
