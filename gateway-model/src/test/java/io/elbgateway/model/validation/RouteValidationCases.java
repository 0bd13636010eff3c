/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.TestManifests;
import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.TCPRoute;
import io.elbgateway.model.gateway.TLSRoute;
import io.elbgateway.model.gateway.UDPRoute;
import io.elbgateway.model.meta.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validation cases for the route kinds, read from {@code manifests/routes/validation/*.yaml}: each
 * names a spec, the field path its violation must have and a fragment of the message. A token
 * {@code LONG<n>} in a file stands for a string of {@code n} letters.
 */
final class RouteValidationCases {

  /** One case. */
  static final class Case {
    final String name;
    final KubernetesObject object;
    final String path;
    final String message;

    Case(String name, KubernetesObject object, String path, String message) {
      this.name = name;
      this.object = object;
      this.path = path;
      this.message = message;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final Map<String, Class<? extends KubernetesObject>> KINDS =
      Map.of(
          "HTTPRoute", HTTPRoute.class,
          "GRPCRoute", GRPCRoute.class,
          "TLSRoute", TLSRoute.class,
          "TCPRoute", TCPRoute.class,
          "UDPRoute", UDPRoute.class);

  private static final Pattern LONG = Pattern.compile("LONG([0-9]+)");

  private RouteValidationCases() {}

  /** The cases of {@code manifests/routes/validation/<file>}; {@code kind} unless a case says. */
  static List<Case> load(String file, String defaultKind) {
    JsonNode cases = ModelMappers.yaml().readTree(text(file));
    List<Case> out = new ArrayList<>();
    for (JsonNode c : cases) {
      String kind = c.has("kind") ? c.get("kind").asString() : defaultKind;
      ObjectNode object = ModelMappers.json().createObjectNode();
      object.put(
          "apiVersion",
          c.has("apiVersion") ? c.get("apiVersion").asString() : "gateway.networking.k8s.io/v1");
      object.put("kind", kind);
      object.putObject("metadata").put("name", "r").put("namespace", "ns");
      object.set("spec", c.get("spec"));
      KubernetesObject value = ModelMappers.json().treeToValue(object, KINDS.get(kind));
      out.add(
          new Case(
              c.get("name").asString(),
              value,
              c.has("path") ? c.get("path").asString() : "",
              c.has("message") ? c.get("message").asString() : ""));
    }
    return out;
  }

  private static String text(String file) {
    String yaml = TestManifests.text("routes/validation/" + file);
    Matcher m = LONG.matcher(yaml);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, "a".repeat(Integer.parseInt(m.group(1))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Every violation the kind's validator reports for {@code object}. */
  static List<Violation> validate(KubernetesObject object) {
    Checks checks = Checks.forObject(object.key());
    if (object instanceof HTTPRoute) {
      new HTTPRouteValidator().validate((HTTPRoute) object, checks);
    } else if (object instanceof GRPCRoute) {
      new GRPCRouteValidator().validate((GRPCRoute) object, checks);
    } else if (object instanceof TLSRoute) {
      new TLSRouteValidator().validate((TLSRoute) object, checks);
    } else if (object instanceof TCPRoute) {
      new TCPRouteValidator().validate((TCPRoute) object, checks);
    } else if (object instanceof UDPRoute) {
      new UDPRouteValidator().validate((UDPRoute) object, checks);
    } else {
      throw new IllegalArgumentException(object.kind());
    }
    return checks.violations();
  }

  /** The errors (not warnings) among {@code violations}, as {@code path: message}. */
  static List<String> errors(List<Violation> violations) {
    return violations.stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .map(v -> v.path() + ": " + v.message())
        .toList();
  }

  /**
   * There is an error at {@code path} whose message holds {@code fragment}, and no error elsewhere.
   */
  static void assertErrorsOnlyAt(List<Violation> violations, String path, String fragment) {
    List<Violation> errors =
        violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    assertThat(errors)
        .as("errors %s", errors(violations))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.path().toString()).isEqualTo(path))
        .anySatisfy(v -> assertThat(v.message()).contains(fragment));
  }
}
