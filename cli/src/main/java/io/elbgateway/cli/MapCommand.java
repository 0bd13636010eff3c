/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.cli.render.DotMap;
import io.elbgateway.cli.render.HtmlMap;
import io.elbgateway.cli.render.MapColumn;
import io.elbgateway.cli.render.MermaidMap;
import io.elbgateway.cli.render.ResourceMap;
import io.elbgateway.cli.render.SvgMap;
import io.elbgateway.model.codec.ModelMappers;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code map}: the resource map of the manifests' desired state. */
@Command(
    name = "map",
    description = {
      "Draws the resource map, like the AWS console's Resource Map: load balancer -> listeners -> rules "
          + "(conditions in words, priority) -> target groups (weights) -> targets. What the translation refused "
          + "is drawn in red with its reason.",
      "html is one self-contained page (inline SVG, no network); svg, dot (Graphviz) and mermaid are the "
          + "picture alone; json is the graph for programs."
    },
    footer = {
      "  elbgateway map -f examples/seed -o html --out seed-map.html",
      "  elbgateway map -f examples/seed -o mermaid >> docs/seed.md",
      "  elbgateway map -f examples/canary -o dot | dot -Tpng > canary.png"
    },
    exitCodeList = {"0:drawn", "1:invalid manifests, or the file cannot be written", "2:usage error"})
final class MapCommand extends CliCommand {

  /** The formats of the map. */
  enum Format {
    html,
    svg,
    dot,
    mermaid,
    json
  }

  @Mixin ManifestOptions manifests;

  @Option(names = {"-o", "--output"}, defaultValue = "html", paramLabel = "FORMAT", description = "html, svg, dot, mermaid or json (default: ${DEFAULT-VALUE}).")
  Format output;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the map to FILE instead of stdout.")
  Path out;

  @Override
  public Integer call() {
    Manifests read = manifests.read();
    read.requireNoErrors(console());
    ResourceMap map = ResourceMap.of(read.translate(), read.snapshot());
    String text = render(map, output, "Resource map of " + manifests.paths.stream().map(Path::toString).collect(Collectors.joining(", ")));
    if (out == null) {
      console().out().print(text);
      return ExitCodes.OK;
    }
    TextFiles.write(out, text);
    console().err().println("Wrote the resource map to " + out + ": "
        + ValidateCommand.count(map.column(MapColumn.LOAD_BALANCER).size(), "load balancer") + ", "
        + ValidateCommand.count(map.column(MapColumn.LISTENER).size(), "listener") + ", "
        + ValidateCommand.count(map.column(MapColumn.RULE).size(), "rule") + ", "
        + ValidateCommand.count(map.column(MapColumn.TARGET_GROUP).size(), "target group") + ", "
        + map.nodes().stream().filter(n -> n.failed()).count() + " not programmed");
    return ExitCodes.OK;
  }

  static String render(ResourceMap map, Format format, String title) {
    switch (format) {
      case svg:
        return SvgMap.render(map);
      case dot:
        return DotMap.render(map);
      case mermaid:
        return MermaidMap.render(map);
      case json:
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("nodes", map.nodes());
        graph.put("edges", map.edges());
        return ModelMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(graph) + "\n";
      default:
        return HtmlMap.render(map, title);
    }
  }
}
