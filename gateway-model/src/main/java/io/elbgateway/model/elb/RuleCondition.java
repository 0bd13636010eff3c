/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A listener rule condition ({@code RuleCondition}): the {@code Field} it tests and the one config
 * for that field. Conditions of a rule are ANDed; the values inside one are ORed. The static
 * factories build each kind.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRuleCondition.class)
@JsonDeserialize(as = ImmutableRuleCondition.class)
public interface RuleCondition {

  @JsonProperty("Field")
  ConditionField field();

  @JsonProperty("HostHeaderConfig")
  Optional<HostHeaderConditionConfig> hostHeaderConfig();

  @JsonProperty("PathPatternConfig")
  Optional<PathPatternConditionConfig> pathPatternConfig();

  @JsonProperty("HttpHeaderConfig")
  Optional<HttpHeaderConditionConfig> httpHeaderConfig();

  @JsonProperty("QueryStringConfig")
  Optional<QueryStringConditionConfig> queryStringConfig();

  @JsonProperty("HttpRequestMethodConfig")
  Optional<HttpRequestMethodConditionConfig> httpRequestMethodConfig();

  @JsonProperty("SourceIpConfig")
  Optional<SourceIpConditionConfig> sourceIpConfig();

  /** The config of {@link #field()} is present, no other. */
  @Value.Check
  default void checkConfigMatchesField() {
    List<Optional<?>> configs =
        Arrays.asList(
            hostHeaderConfig(),
            pathPatternConfig(),
            httpHeaderConfig(),
            queryStringConfig(),
            httpRequestMethodConfig(),
            sourceIpConfig());
    long present = configs.stream().filter(Optional::isPresent).count();
    if (present != 1 || configs.get(field().ordinal()).isEmpty()) {
      throw new IllegalStateException("a " + field() + " condition carries exactly its own config");
    }
  }

  /** A host-header condition with wildcard values. */
  static RuleCondition hostHeader(List<String> values) {
    return builder()
        .field(ConditionField.HOST_HEADER)
        .hostHeaderConfig(ImmutableHostHeaderConditionConfig.builder().values(values).build())
        .build();
  }

  /** A host-header condition with regular expressions. */
  static RuleCondition hostHeaderRegex(List<String> regexValues) {
    return builder()
        .field(ConditionField.HOST_HEADER)
        .hostHeaderConfig(
            ImmutableHostHeaderConditionConfig.builder().regexValues(regexValues).build())
        .build();
  }

  /** A path-pattern condition with wildcard values. */
  static RuleCondition pathPattern(List<String> values) {
    return builder()
        .field(ConditionField.PATH_PATTERN)
        .pathPatternConfig(ImmutablePathPatternConditionConfig.builder().values(values).build())
        .build();
  }

  /** A path-pattern condition with regular expressions. */
  static RuleCondition pathPatternRegex(List<String> regexValues) {
    return builder()
        .field(ConditionField.PATH_PATTERN)
        .pathPatternConfig(
            ImmutablePathPatternConditionConfig.builder().regexValues(regexValues).build())
        .build();
  }

  /** An http-header condition with wildcard values. */
  static RuleCondition httpHeader(String name, List<String> values) {
    return builder()
        .field(ConditionField.HTTP_HEADER)
        .httpHeaderConfig(
            ImmutableHttpHeaderConditionConfig.builder()
                .httpHeaderName(name)
                .values(values)
                .build())
        .build();
  }

  /** An http-header condition with regular expressions. */
  static RuleCondition httpHeaderRegex(String name, List<String> regexValues) {
    return builder()
        .field(ConditionField.HTTP_HEADER)
        .httpHeaderConfig(
            ImmutableHttpHeaderConditionConfig.builder()
                .httpHeaderName(name)
                .regexValues(regexValues)
                .build())
        .build();
  }

  /** A query-string condition, true when any of the pairs is present. */
  static RuleCondition queryString(List<QueryStringKeyValuePair> values) {
    return builder()
        .field(ConditionField.QUERY_STRING)
        .queryStringConfig(ImmutableQueryStringConditionConfig.builder().values(values).build())
        .build();
  }

  /** An http-request-method condition. */
  static RuleCondition httpRequestMethod(List<String> methods) {
    return builder()
        .field(ConditionField.HTTP_REQUEST_METHOD)
        .httpRequestMethodConfig(
            ImmutableHttpRequestMethodConditionConfig.builder().values(methods).build())
        .build();
  }

  /** A source-ip condition on CIDRs. */
  static RuleCondition sourceIp(List<String> cidrs) {
    return builder()
        .field(ConditionField.SOURCE_IP)
        .sourceIpConfig(ImmutableSourceIpConditionConfig.builder().values(cidrs).build())
        .build();
  }

  /** A builder. */
  static ImmutableRuleCondition.Builder builder() {
    return ImmutableRuleCondition.builder();
  }
}
