/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.Translator;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The resource map's content, its words, and that its drawing is deterministic. */
class ResourceMapTest {

  private static ResourceMap map(String example) {
    ClusterSnapshot snapshot = ClusterSnapshot.of(
        ManifestReader.of(KindRegistry.standard()).read(Path.of("..", "examples", example)).objects());
    return ResourceMap.of(Translator.withDefaults().translate(snapshot), snapshot);
  }

  @Test
  void theSeedsMapHasTheSeedsResources() {
    ResourceMap map = map("seed");

    assertThat(map.column(MapColumn.LOAD_BALANCER)).hasSize(1);
    assertThat(map.column(MapColumn.LISTENER)).extracting(MapNode::title).containsExactly("HTTP:80", "HTTPS:443");
    assertThat(map.column(MapColumn.RULE)).extracting(MapNode::title)
        .containsExactly("Priority 1000", "Priority 2000", "Default (last)", "Priority 1000", "Priority 2000", "Default (last)");
    assertThat(map.column(MapColumn.TARGET_GROUP)).hasSize(1);
    assertThat(map.column(MapColumn.TARGET)).extracting(MapNode::title).containsExactly("10.0.1.23:8080", "10.0.2.41:8080");
    assertThat(map.nodes()).noneMatch(MapNode::failed);
    assertThat(map.column(MapColumn.RULE).get(0).lines())
        .containsExactly("IF host is www.example.com", "AND path matches /metrics or /metrics/*",
            "THEN return 403 text/plain \"Forbidden", "  for public access\"");
  }

  @Test
  void theNlbMapShowsTheTcpUdpListener() {
    ResourceMap map = map("nlb-tcp-udp");

    assertThat(map.column(MapColumn.LOAD_BALANCER).get(0).title()).startsWith("NLB ");
    assertThat(map.column(MapColumn.LISTENER)).extracting(MapNode::title).containsExactly("TCP_UDP:53", "TCP:7000");
  }

  @Test
  void conditionsReadAsWords() {
    assertThat(Words.condition(RuleCondition.httpHeader("x-beta-user", List.of("true")))).isEqualTo("header x-beta-user is true");
    assertThat(Words.condition(RuleCondition.httpRequestMethod(List.of("GET", "HEAD")))).isEqualTo("method is GET or HEAD");
    assertThat(Words.condition(RuleCondition.queryString(List.of(QueryStringKeyValuePair.of("v", "2")))))
        .isEqualTo("query has v=2");
    assertThat(Words.condition(RuleCondition.pathPatternRegex(List.of("^/api/v[0-9]+$")))).isEqualTo("path matches regex ^/api/v[0-9]+$");
    assertThat(Words.condition(RuleCondition.sourceIp(List.of("10.0.0.0/8")))).isEqualTo("source IP in 10.0.0.0/8");
  }

  @Test
  void longTextIsWrappedAtSpaces() {
    assertThat(Words.wrap("not programmed: Accepted=False (NoMatchingParent): Gateway x does not exist", 30))
        .allMatch(line -> line.length() <= 30)
        .extracting(l -> l).first().isEqualTo("not programmed: Accepted=False");
  }

  @Test
  void theDrawingIsTheSameEveryTime() {
    assertThat(SvgMap.render(map("multi-team"))).isEqualTo(SvgMap.render(map("multi-team")));
    assertThat(DotMap.render(map("canary"))).isEqualTo(DotMap.render(map("canary")));
    assertThat(map("canary").edges().stream().map(MapEdge::label).filter(l -> !l.isEmpty()).collect(Collectors.toList()))
        .containsExactly("weight 90 (90%)", "weight 10 (10%)");
  }
}
