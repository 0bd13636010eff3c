/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.HTTPHeaderMatch;
import io.elbgateway.model.gateway.HTTPHeaderMatchType;
import io.elbgateway.model.gateway.HTTPPathMatch;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.model.gateway.HTTPQueryParamMatch;
import io.elbgateway.model.gateway.HTTPQueryParamMatchType;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import java.util.List;

/** Test support: match builders and shortcuts for the match encoder's tests. */
final class MatchFixtures {

  static final AlbQuotas QUOTAS = AlbQuotas.defaults();

  private MatchFixtures() {}

  static HTTPRouteMatch path(HTTPPathMatchType type, String value) {
    return HTTPRouteMatch.builder().path(HTTPPathMatch.builder().type(type).value(value).build()).build();
  }

  static HTTPRouteMatch exact(String value) {
    return path(HTTPPathMatchType.EXACT, value);
  }

  static HTTPRouteMatch prefix(String value) {
    return path(HTTPPathMatchType.PATH_PREFIX, value);
  }

  static HTTPRouteMatch regexPath(String value) {
    return path(HTTPPathMatchType.REGULAR_EXPRESSION, value);
  }

  static HTTPHeaderMatch header(String name, String value) {
    return HTTPHeaderMatch.builder().name(name).value(value).build();
  }

  static HTTPHeaderMatch headerRegex(String name, String value) {
    return HTTPHeaderMatch.builder().type(HTTPHeaderMatchType.REGULAR_EXPRESSION).name(name).value(value).build();
  }

  static HTTPQueryParamMatch query(String name, String value) {
    return HTTPQueryParamMatch.builder().name(name).value(value).build();
  }

  static HTTPQueryParamMatch queryRegex(String name, String value) {
    return HTTPQueryParamMatch.builder().type(HTTPQueryParamMatchType.REGULAR_EXPRESSION).name(name).value(value).build();
  }

  /** The encoding of {@code match} with no hostnames and no extra conditions. */
  static EncodedMatch encode(HTTPRouteMatch match) {
    return MatchConditions.http(match, List.of(), List.of(), QUOTAS);
  }

  /** The only rule's conditions (fails the test if there is not exactly one rule). */
  static List<RuleCondition> onlyRule(EncodedMatch encoded) {
    if (encoded.problem().isPresent() || encoded.rules().size() != 1) {
      throw new AssertionError("expected one rule, got " + encoded);
    }
    return encoded.rules().get(0);
  }

  static List<DeviationCode> codes(EncodedMatch encoded) {
    return encoded.deviations().stream().map(EncodedMatch.Deviation::code).toList();
  }

  static String problem(EncodedMatch encoded) {
    return encoded.problem().orElseThrow(() -> new AssertionError("expected a problem, got " + encoded)).message();
  }
}
