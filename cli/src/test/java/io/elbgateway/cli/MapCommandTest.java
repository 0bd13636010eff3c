/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code map}: every format, the file, and refused routes drawn with their reason. */
class MapCommandTest {

  @TempDir Path dir;

  @Test
  void theHtmlMapIsOneSelfContainedFile() throws IOException {
    Path out = dir.resolve("maps/seed.html");

    CliRun.Result result = CliRun.run("map", "-f", CliRun.example("seed"), "-o", "html", "--out", out.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("Wrote the resource map to " + out + ": 1 load balancer, 2 listeners, 6 rules, 1 target group");
    String html = Files.readString(out);
    assertThat(html).contains("1 load balancer, 2 listeners, 6 rules (defaults included), 1 target group, 2 targets");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("HTTP:80").contains("HTTPS:443")
        .contains("Priority 1000").contains("Priority 2000").contains("IF host is www.example.com")
        .contains("THEN return 403 text/plain").contains("10.0.1.23:8080");
    // Nothing to fetch: no external script, stylesheet, font or image.
    assertThat(html).doesNotContain("<script src").doesNotContain("<link").doesNotContain("@import").doesNotContain("url(")
        .doesNotContain("<img");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void everyFormatDrawsTheSameMap() {
    assertThat(CliRun.run("map", "-f", CliRun.example("seed"), "-o", "svg").out()).startsWith("<svg").contains("Target groups");
    assertThat(CliRun.run("map", "-f", CliRun.example("seed"), "-o", "dot").out()).startsWith("digraph resource_map {")
        .contains("rankdir=LR").contains("n0 -> n1;");
    assertThat(CliRun.run("map", "-f", CliRun.example("seed"), "-o", "mermaid").out()).startsWith("flowchart LR")
        .contains("<b>HTTPS:443</b>").contains("n0 --> n1");
    JsonNode graph = ModelMappers.json().readTree(CliRun.run("map", "-f", CliRun.example("seed"), "-o", "json").out());
    assertThat(graph.get("nodes").size()).isEqualTo(12);
    assertThat(graph.get("edges").size()).isEqualTo(12);
  }

  @Test
  void weightsAreOnTheArrows() {
    assertThat(CliRun.run("map", "-f", CliRun.example("canary"), "-o", "mermaid").out())
        .contains("-->|\"weight 90 (90%)\"|").contains("-->|\"weight 10 (10%)\"|");
  }

  @Test
  void routesThatFailedTranslationAreDrawnInRedWithTheirReason() throws IOException {
    Path manifests = dir.resolve("m.yaml");
    Files.writeString(manifests, String.join("---\n",
        Files.readString(CliRun.EXAMPLES.resolve("seed/00-namespaces.yaml")),
        Files.readString(CliRun.EXAMPLES.resolve("seed/10-gatewayclass.yaml")),
        Files.readString(CliRun.EXAMPLES.resolve("seed/20-loadbalancerconfiguration.yaml")),
        Files.readString(CliRun.EXAMPLES.resolve("seed/30-gateway.yaml")),
        Files.readString(CliRun.EXAMPLES.resolve("seed-as-published/40-httproute.yaml")),
        Files.readString(CliRun.EXAMPLES.resolve("seed/70-service.yaml"))));

    CliRun.Result result = CliRun.run("map", "-f", manifests.toString(), "-o", "svg");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("class=\"node rule failed\"").contains("HTTPRoute my-web/my-web")
        .contains("not programmed: Accepted=False").contains("(NoMatchingParent)");
  }
}
