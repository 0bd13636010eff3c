/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.golden;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.translate.Diagnostic;
import io.elbgateway.translate.Translation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Translation} as the two documents a person reviews: the desired ELB state as JSON (in
 * the shape of {@code aws elbv2 describe-*} output) and every status and diagnostic as YAML. Golden
 * files hold these; the CLI prints them.
 */
public final class TranslationDocuments {

  private TranslationDocuments() {}

  /** The desired state of every Gateway's load balancer, as indented JSON. */
  public static String elbJson(Translation translation) {
    return ModelMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(translation.stacks()) + "\n";
  }

  /**
   * Every status the translation writes, keyed by object ({@code gatewayClasses} by name,
   * {@code gateways}, {@code listenerSets} (only when there are any) and
   * {@code listenerRuleConfigurations} by {@code namespace/name}, {@code routes}
   * by {@code Kind namespace/name}), the declared deviations, and each Gateway's rule count next to
   * what the AWS Load Balancer Controller would emit.
   */
  public static String statusYaml(Translation translation) {
    return ModelMappers.yaml().writeValueAsString(statusDocument(translation));
  }

  /**
   * The document {@link #statusYaml} writes, as a map to write in any format (the CLI's
   * {@code translate -o json} writes it as JSON).
   */
  public static Map<String, Object> statusDocument(Translation translation) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("gatewayClasses", translation.gatewayClassStatuses());
    Map<String, Object> gateways = new LinkedHashMap<>();
    translation.gatewayStatuses().forEach((key, status) -> gateways.put(key.namespacedName(), status));
    document.put("gateways", gateways);
    if (!translation.listenerSetStatuses().isEmpty()) {
      Map<String, Object> listenerSets = new LinkedHashMap<>();
      translation.listenerSetStatuses().forEach((key, status) -> listenerSets.put(key.namespacedName(), status));
      document.put("listenerSets", listenerSets);
    }
    Map<String, Object> routes = new LinkedHashMap<>();
    translation.routeStatuses().forEach((key, status) -> routes.put(key.display(), status));
    document.put("routes", routes);
    Map<String, Object> configurations = new LinkedHashMap<>();
    translation
        .listenerRuleConfigurationStatuses()
        .forEach((key, status) -> configurations.put(key.namespacedName(), status));
    document.put("listenerRuleConfigurations", configurations);
    List<Map<String, String>> diagnostics = new ArrayList<>();
    for (Diagnostic diagnostic : translation.diagnostics()) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("object", diagnostic.object().display());
      entry.put("path", diagnostic.path());
      entry.put("code", diagnostic.code().name());
      entry.put("message", diagnostic.message());
      diagnostics.add(entry);
    }
    document.put("diagnostics", diagnostics);
    Map<String, Object> counts = new LinkedHashMap<>();
    translation
        .ruleCounts()
        .forEach(
            (key, count) -> {
              Map<String, Long> entry = new LinkedHashMap<>();
              entry.put("rules", count.rules());
              entry.put("lbcRules", count.lbcRules());
              counts.put(key.namespacedName(), entry);
            });
    document.put("ruleCounts", counts);
    return document;
  }
}
