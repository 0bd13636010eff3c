/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HostHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PathPatternConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringKeyValuePair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform;

/**
 * The rules of rule conditions and transforms (alb-elbv2.md §1.2–§1.5), and the form AWS returns
 * conditions in: host-header and path-pattern conditions carry their values both in the legacy
 * top-level {@code Values} and in their {@code *Config}.
 */
final class ElbConditions {

  private static final Set<String> AT_MOST_ONCE =
      Set.of("host-header", "path-pattern", "http-request-method", "source-ip");
  private static final Set<String> FIELDS =
      Set.of(
          "host-header", "path-pattern", "http-header", "query-string", "http-request-method",
          "source-ip");

  private ElbConditions() {}

  /** Checks the conditions of a (non-default) rule and returns them as AWS stores them. */
  static List<RuleCondition> checked(List<RuleCondition> conditions, ElbQuotas quotas) {
    ServiceErrors errors = ServiceErrors.ELBV2;
    if (conditions.isEmpty()) {
      throw errors.error("ValidationError", "A rule must have at least one condition");
    }
    Map<String, Integer> seen = new HashMap<>();
    int values = 0;
    int wildcards = 0;
    List<RuleCondition> out = new ArrayList<>();
    for (RuleCondition c : conditions) {
      String field = c.field() == null ? "" : c.field();
      if (!FIELDS.contains(field)) {
        throw errors.error("ValidationError", "Condition field '" + field + "' is not valid");
      }
      if (seen.merge(field, 1, Integer::sum) > 1 && AT_MOST_ONCE.contains(field)) {
        throw errors.error(
            "ValidationError", "A rule can have at most one '" + field + "' condition");
      }
      if (c.hasValues() && !field.equals("host-header") && !field.equals("path-pattern")) {
        throw errors.error(
            "ValidationError", "Condition field '" + field + "' takes its values in its config");
      }
      RuleCondition stored = stored(c, field);
      List<String> plain = plainValues(stored);
      // An NLB source-ip condition names an address type instead of CIDRs (alb-elbv2.md §1.6).
      if (field.equals("source-ip") && plain.isEmpty() && stored.sourceIpConfig().ipAddressType() != null) {
        plain = List.of(stored.sourceIpConfig().ipAddressTypeAsString());
      }
      List<String> regex = regexValues(stored);
      if (plain.isEmpty() && regex.isEmpty()) {
        throw errors.error("ValidationError", "A '" + field + "' condition needs at least one value");
      }
      if (plain.stream().anyMatch(String::isEmpty)) {
        throw errors.error("ValidationError", "Condition values cannot be empty");
      }
      values += plain.size() + regex.size();
      if (!field.equals("source-ip") && !field.equals("http-request-method")) {
        wildcards += plain.stream().mapToInt(ElbConditions::wildcards).sum();
      }
      out.add(stored);
    }
    if (values > quotas.conditionValuesPerRule()) {
      throw errors.error(
          "ValidationError",
          "A rule can only have '" + quotas.conditionValuesPerRule() + "' condition values");
    }
    if (wildcards > quotas.conditionWildcardsPerRule()) {
      throw errors.error(
          "ValidationError",
          "A rule can only have '" + quotas.conditionWildcardsPerRule() + "' wildcards");
    }
    return List.copyOf(out);
  }

  /** Checks transforms: at most one of each type, each with its own config (§1.5). */
  static List<RuleTransform> checkedTransforms(List<RuleTransform> transforms) {
    ServiceErrors errors = ServiceErrors.ELBV2;
    Set<String> types = new java.util.HashSet<>();
    for (RuleTransform t : transforms) {
      String type = t.typeAsString() == null ? "" : t.typeAsString();
      boolean configured =
          type.equals("host-header-rewrite")
              ? t.hostHeaderRewriteConfig() != null && t.urlRewriteConfig() == null
              : type.equals("url-rewrite")
                  && t.urlRewriteConfig() != null
                  && t.hostHeaderRewriteConfig() == null;
      if (!configured) {
        throw errors.error("ValidationError", "Transform '" + type + "' needs exactly its own config");
      }
      if (!types.add(type)) {
        throw errors.error(
            "InvalidConfigurationRequest", "A rule can have at most one '" + type + "' transform");
      }
    }
    return List.copyOf(transforms);
  }

  private static RuleCondition stored(RuleCondition c, String field) {
    ServiceErrors errors = ServiceErrors.ELBV2;
    switch (field) {
      case "host-header":
        {
          HostHeaderConditionConfig config = c.hostHeaderConfig();
          if (config != null && c.hasValues()) {
            throw errors.error("ValidationError", "Specify either Values or HostHeaderConfig");
          }
          List<String> values = config != null ? config.values() : c.values();
          List<String> regex = config != null ? config.regexValues() : List.of();
          HostHeaderConditionConfig.Builder out = HostHeaderConditionConfig.builder();
          RuleCondition.Builder condition = RuleCondition.builder().field(field);
          if (!values.isEmpty()) {
            out.values(values);
            condition.values(values);
          }
          if (!regex.isEmpty()) {
            out.regexValues(regex);
          }
          return condition.hostHeaderConfig(out.build()).build();
        }
      case "path-pattern":
        {
          PathPatternConditionConfig config = c.pathPatternConfig();
          if (config != null && c.hasValues()) {
            throw errors.error("ValidationError", "Specify either Values or PathPatternConfig");
          }
          List<String> values = config != null ? config.values() : c.values();
          List<String> regex = config != null ? config.regexValues() : List.of();
          PathPatternConditionConfig.Builder out = PathPatternConditionConfig.builder();
          RuleCondition.Builder condition = RuleCondition.builder().field(field);
          if (!values.isEmpty()) {
            out.values(values);
            condition.values(values);
          }
          if (!regex.isEmpty()) {
            out.regexValues(regex);
          }
          return condition.pathPatternConfig(out.build()).build();
        }
      case "http-header":
        if (c.httpHeaderConfig() == null || c.httpHeaderConfig().httpHeaderName() == null) {
          throw errors.error("ValidationError", "An http-header condition needs HttpHeaderConfig");
        }
        return RuleCondition.builder().field(field).httpHeaderConfig(c.httpHeaderConfig()).build();
      case "query-string":
        if (c.queryStringConfig() == null) {
          throw errors.error("ValidationError", "A query-string condition needs QueryStringConfig");
        }
        return RuleCondition.builder().field(field).queryStringConfig(c.queryStringConfig()).build();
      case "http-request-method":
        if (c.httpRequestMethodConfig() == null) {
          throw errors.error(
              "ValidationError", "An http-request-method condition needs HttpRequestMethodConfig");
        }
        return RuleCondition.builder()
            .field(field)
            .httpRequestMethodConfig(c.httpRequestMethodConfig())
            .build();
      default:
        if (c.sourceIpConfig() == null) {
          throw errors.error("ValidationError", "A source-ip condition needs SourceIpConfig");
        }
        return RuleCondition.builder().field(field).sourceIpConfig(c.sourceIpConfig()).build();
    }
  }

  /** The plain (non-regex) values of a stored condition; query-string pairs count one each. */
  static List<String> plainValues(RuleCondition c) {
    switch (c.field()) {
      case "host-header":
        return c.hostHeaderConfig().values();
      case "path-pattern":
        return c.pathPatternConfig().values();
      case "http-header":
        return c.httpHeaderConfig().values();
      case "query-string":
        List<String> pairs = new ArrayList<>();
        for (QueryStringKeyValuePair p : c.queryStringConfig().values()) {
          pairs.add((p.key() == null ? "" : p.key()) + (p.value() == null ? "" : p.value()));
        }
        return pairs;
      case "http-request-method":
        return c.httpRequestMethodConfig().values();
      default:
        return c.sourceIpConfig().values();
    }
  }

  private static List<String> regexValues(RuleCondition c) {
    switch (c.field()) {
      case "host-header":
        return c.hostHeaderConfig().regexValues();
      case "path-pattern":
        return c.pathPatternConfig().regexValues();
      case "http-header":
        return c.httpHeaderConfig().regexValues();
      default:
        return List.of();
    }
  }

  private static int wildcards(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == '\\') {
        i++; // an escaped * or ? is literal (query-string values)
      } else if (ch == '*' || ch == '?') {
        n++;
      }
    }
    return n;
  }
}
