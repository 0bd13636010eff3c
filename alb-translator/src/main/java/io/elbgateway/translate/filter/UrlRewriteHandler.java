/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.elb.RewriteConfig;
import io.elbgateway.model.elb.RuleTransform;
import io.elbgateway.model.gateway.HTTPPathModifier;
import io.elbgateway.model.gateway.HTTPPathModifierType;
import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.model.gateway.HTTPRouteFilterType;
import io.elbgateway.model.gateway.HTTPURLRewriteFilter;
import io.elbgateway.translate.spi.FilterHandler;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Reasons;
import java.util.Optional;

/**
 * {@code URLRewrite} → ALB rule transforms (alb-elbv2.md §1.5), which rewrite a request after the
 * rule was chosen and before it is forwarded:
 *
 * <ul>
 *   <li>{@code hostname} → {@code host-header-rewrite} {@code ^.*$} → the hostname;
 *   <li>{@code ReplaceFullPath} → {@code url-rewrite} {@code ^([^?]*)} → the path (the query is
 *       kept);
 *   <li>{@code ReplacePrefixMatch} → {@code url-rewrite} of the rule's PathPrefix, regex-escaped and
 *       element-wise (see {@link PathRewrites#replacePrefix}), where LBC neither escapes the prefix
 *       nor keeps {@code /foobar} out of a {@code /foo} rewrite.
 * </ul>
 *
 * A replacement path containing {@code $} is dropped: ALB reads {@code $} as a capture-group
 * reference and documents no escape for it.
 */
final class UrlRewriteHandler implements FilterHandler {

  @Override
  public String filterType() {
    return HTTPRouteFilterType.URL_REWRITE.toString();
  }

  @Override
  public void apply(HTTPRouteFilter filter, String path, RuleDraft draft) {
    if (filter.urlRewrite().isEmpty()) {
      draft.drop(Reasons.UNSUPPORTED_VALUE, path + ": a filter of type URLRewrite needs urlRewrite");
      return;
    }
    HTTPURLRewriteFilter rewrite = filter.urlRewrite().get();
    String at = path + ".urlRewrite";
    Optional<RuleTransform> pathTransform = Optional.empty();
    if (rewrite.path().isPresent()) {
      pathTransform = pathTransform(rewrite.path().get(), at + ".path", draft);
      if (pathTransform.isEmpty()) {
        return; // dropped
      }
    }
    rewrite.hostname().ifPresent(h -> draft.addTransform(RuleTransform.hostHeaderRewrite(PathRewrites.WHOLE_HOST, h)));
    pathTransform.ifPresent(draft::addTransform);
  }

  private static Optional<RuleTransform> pathTransform(HTTPPathModifier modifier, String at, RuleDraft draft) {
    Optional<String> replaced = DraftedRule.pathToReplace(modifier, at, draft);
    if (replaced.isEmpty()) {
      return Optional.empty();
    }
    RewriteConfig rewrite;
    if (modifier.type() == HTTPPathModifierType.REPLACE_FULL_PATH) {
      if (hasDollar(replaced.get(), at + ".replaceFullPath", draft)) {
        return Optional.empty();
      }
      rewrite = RewriteConfig.of(PathRewrites.WHOLE_PATH, replaced.get());
    } else {
      String value = modifier.replacePrefixMatch().orElse("");
      if (hasDollar(value, at + ".replacePrefixMatch", draft)) {
        return Optional.empty();
      }
      rewrite = PathRewrites.replacePrefix(replaced.get(), value);
    }
    int longest = Math.max(rewrite.regex().length(), rewrite.replace().length());
    if (longest > PathRewrites.MAX_REWRITE_LENGTH) {
      draft.drop(
          Reasons.UNSUPPORTED_VALUE,
          at
              + ": the ALB url-rewrite needs "
              + longest
              + " characters; ALB allows at most "
              + PathRewrites.MAX_REWRITE_LENGTH
              + " per regex and replacement");
      return Optional.empty();
    }
    return Optional.of(RuleTransform.urlRewrite(rewrite.regex(), rewrite.replace()));
  }

  private static boolean hasDollar(String value, String at, RuleDraft draft) {
    if (value.indexOf('$') < 0) {
      return false;
    }
    draft.drop(
        Reasons.UNSUPPORTED_VALUE,
        at + ": \"$\" cannot be used: ALB reads it as a capture-group reference and has no documented escape for it");
    return true;
  }
}
