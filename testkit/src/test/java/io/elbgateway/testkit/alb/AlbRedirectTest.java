/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import static io.elbgateway.testkit.alb.AlbEvalFixtures.handled;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.listener;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.request;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.stack;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.ImmutableRedirectActionConfig;
import io.elbgateway.model.elb.RedirectActionConfig;
import io.elbgateway.model.elb.RedirectStatusCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Redirect Location: keywords, unchanged components, default port elision (alb-elbv2.md §2.3). */
class AlbRedirectTest {

  /** The redirect the default action of a listener on {@code port} answers for {@code request}. */
  private static Redirected redirect(
      ImmutableRedirectActionConfig.Builder config, HttpRequest request) {
    Protocol protocol = request.scheme().equals("https") ? Protocol.HTTPS : Protocol.HTTP;
    Action action = Action.redirect(config.build());
    AlbOutcome outcome =
        AlbEvaluator.evaluate(
            stack(List.of(listener(protocol, request.listenerPort(), action)), List.of()), request);
    Handled handled = (Handled) outcome;
    assertThat(handled.result()).isInstanceOf(Redirected.class);
    return (Redirected) handled.result();
  }

  private static ImmutableRedirectActionConfig.Builder config() {
    return RedirectActionConfig.builder().statusCode(RedirectStatusCode.HTTP_301);
  }

  private static final HttpRequest REQUEST =
      request("/users/1")
          .scheme("https")
          .listenerPort(8443)
          .host("a.example.com:8443")
          .addQueryParameter(NameValue.of("x", "1"))
          .addQueryParameter(NameValue.of("y", "2"))
          .build();

  @Test
  void componentsTheConfigLeavesOutKeepTheRequestValues() {
    Redirected redirected = redirect(config().host("b.example.com"), REQUEST);

    assertThat(redirected)
        .isEqualTo(Redirected.of(301, "https://b.example.com:8443/users/1?x=1&y=2"));
  }

  @Test
  void statusCode302() {
    Redirected redirected =
        redirect(config().statusCode(RedirectStatusCode.HTTP_302).host("b.example.com"), REQUEST);

    assertThat(redirected.statusCode()).isEqualTo(302);
  }

  @Test
  void protocolKeywordIsTheRequestScheme() {
    Redirected redirected =
        redirect(config().protocol("#{protocol}").host("b.example.com"), REQUEST);

    assertThat(redirected.location()).startsWith("https://");
  }

  @Test
  void hostKeywordIsTheHostHeaderWithoutPort() {
    Redirected redirected = redirect(config().path("/#{host}/#{path}"), REQUEST);

    assertThat(redirected.location())
        .isEqualTo("https://a.example.com:8443/a.example.com/users/1?x=1&y=2");
  }

  @Test
  void portKeywordIsTheListenerPort() {
    Redirected redirected = redirect(config().host("b.example.com").path("/p#{port}"), REQUEST);

    assertThat(redirected.location()).isEqualTo("https://b.example.com:8443/p8443?x=1&y=2");
  }

  @Test
  void pathKeywordIsThePathWithoutItsLeadingSlash() {
    Redirected redirected = redirect(config().path("/v2/#{path}"), REQUEST);

    assertThat(redirected.location()).isEqualTo("https://a.example.com:8443/v2/users/1?x=1&y=2");
  }

  @Test
  void queryKeywordIsTheQueryStringWithoutQuestionMark() {
    Redirected redirected = redirect(config().host("b.example.com").query("#{query}&z=3"), REQUEST);

    assertThat(redirected.location()).isEqualTo("https://b.example.com:8443/users/1?x=1&y=2&z=3");
  }

  @Test
  void anEmptyQueryLeavesOutTheQuestionMark() {
    Redirected redirected =
        redirect(config().host("b.example.com"), request("/p").host("a.example.com").build());

    assertThat(redirected.location()).isEqualTo("http://b.example.com/p");
  }

  @Test
  void theDefaultPortOfTheTargetProtocolIsLeftOut() {
    HttpRequest plain = request("/login").host("a.example.com").build();

    assertThat(redirect(config().protocol("HTTPS").port("443"), plain).location())
        .isEqualTo("https://a.example.com/login");
    assertThat(redirect(config().host("b.example.com").port("80"), plain).location())
        .isEqualTo("http://b.example.com/login");
    assertThat(redirect(config().protocol("HTTPS").port("8443"), plain).location())
        .isEqualTo("https://a.example.com:8443/login");
  }
}
