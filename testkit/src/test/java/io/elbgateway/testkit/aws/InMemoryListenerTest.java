/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import static io.elbgateway.testkit.aws.ElbFixture.errorOf;
import static io.elbgateway.testkit.aws.ElbFixture.fixed;
import static io.elbgateway.testkit.aws.ElbFixture.forward;
import static io.elbgateway.testkit.aws.ElbFixture.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ListenerAttribute;

class InMemoryListenerTest {

  private static final String CERT = "arn:aws:acm:us-west-2:123456789012:certificate/default";

  private final ElbFixture f = new ElbFixture();
  private final String lb = f.alb("web");

  @Test
  void onePortOneListenerButIdenticalSettingsAreIdempotent() {
    String arn = f.listener(lb, 80, fixed("404"));
    assertThat(f.listener(lb, 80, fixed("404"))).isEqualTo(arn);
    assertThat(errorOf(() -> f.listener(lb, 80, fixed("503")))).isEqualTo("DuplicateListener");
  }

  @Test
  void tooManyListeners() {
    ElbFixture small = new ElbFixture(b -> b.quotas(ElbQuotas.builder().listenersPerLoadBalancer(1).build()));
    String lb = small.alb("web");
    small.listener(lb, 80, fixed("404"));
    assertThat(errorOf(() -> small.listener(lb, 81, fixed("404")))).isEqualTo("TooManyListeners");
  }

  @Test
  void httpsNeedsOneCertificateAndGetsTheDefaultSecurityPolicy() {
    assertThat(errorOf(() -> f.elb.createListener(b -> b.loadBalancerArn(lb).protocol("HTTPS").port(443).defaultActions(fixed("404")))))
        .isEqualTo("CertificateNotFound");
    String arn = f.httpsListener(lb, 443, CERT, fixed("404"));
    Listener l = f.elb.describeListeners(b -> b.listenerArns(arn)).listeners().get(0);
    assertThat(l.sslPolicy()).isEqualTo("ELBSecurityPolicy-2016-08");
    assertThat(l.certificates()).extracting(Certificate::certificateArn).containsExactly(CERT);
  }

  @Test
  void defaultActionsNeedExactlyOneRoutingActionLast() {
    Action auth = Action.builder().type("authenticate-oidc").order(2).authenticateOidcConfig(o -> o.issuer("https://idp")
        .authorizationEndpoint("https://idp/a").tokenEndpoint("https://idp/t").userInfoEndpoint("https://idp/u")
        .clientId("id").clientSecret("secret")).build();
    Action routingFirst = fixed("404").toBuilder().order(1).build();
    assertThat(errorOf(() -> f.elb.createListener(b -> b.loadBalancerArn(lb).protocol("HTTPS").port(443)
        .certificates(c -> c.certificateArn(CERT)).defaultActions(routingFirst, auth)))).isEqualTo("InvalidLoadBalancerAction");
    assertThat(errorOf(() -> f.elb.createListener(b -> b.loadBalancerArn(lb).protocol("HTTP").port(80)
        .defaultActions(fixed("404"), fixed("503"))))).isEqualTo("InvalidLoadBalancerAction");
  }

  @Test
  void forwardedTargetGroupsMustExistAndFitTheProtocol() {
    assertThat(errorOf(() -> f.listener(lb, 80, forward("arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/x/0"))))
        .isEqualTo("TargetGroupNotFound");
    String tcp = f.targetGroup("tcp", "TCP");
    assertThat(errorOf(() -> f.listener(lb, 80, forward(tcp)))).isEqualTo("IncompatibleProtocols");
  }

  @Test
  void modifyListenerReplacesWhatIsPassedAndTheDefaultRuleFollows() {
    String tg = f.targetGroup("app");
    String arn = f.listener(lb, 80, fixed("404"));
    f.elb.modifyListener(b -> b.listenerArn(arn).defaultActions(forward(tg)));
    Listener l = f.elb.describeListeners(b -> b.loadBalancerArn(lb)).listeners().get(0);
    assertThat(l.port()).isEqualTo(80);
    assertThat(l.defaultActions().get(0).targetGroupArn()).isEqualTo(tg);
    var defaultRule = f.elb.describeRules(b -> b.listenerArn(arn)).rules().get(0);
    assertThat(defaultRule.isDefault()).isTrue();
    assertThat(defaultRule.actions().get(0).targetGroupArn()).isEqualTo(tg);
    assertThat(errorOf(() -> f.elb.modifyListener(b -> b.listenerArn(arn).protocol("HTTPS")))).isEqualTo("CertificateNotFound");
  }

  @Test
  void modifyingAnotherFieldKeepsActionsWhoseSecretAwsNoLongerShows() {
    Action auth = Action.builder().type("authenticate-oidc").order(1).authenticateOidcConfig(o -> o.issuer("https://idp")
        .authorizationEndpoint("https://idp/a").tokenEndpoint("https://idp/t").userInfoEndpoint("https://idp/u")
        .clientId("id").clientSecret("secret")).build();
    String arn = f.elb.createListener(b -> b.loadBalancerArn(lb).protocol("HTTPS").port(443)
        .certificates(c -> c.certificateArn(CERT)).defaultActions(auth, fixed("200").toBuilder().order(2).build()))
        .listeners().get(0).listenerArn();
    Listener changed = f.elb.modifyListener(b -> b.listenerArn(arn).certificates(c -> c.certificateArn(CERT + "2")))
        .listeners().get(0);
    assertThat(changed.defaultActions().get(0).authenticateOidcConfig().clientSecret()).isNull();
    assertThat(changed.certificates()).extracting(Certificate::certificateArn).containsExactly(CERT + "2");
    assertThat(errorOf(() -> f.elb.modifyListener(b -> b.listenerArn(arn).protocol("HTTP").certificates(List.of()))))
        .isEqualTo("InvalidLoadBalancerAction");
  }

  @Test
  void deleteListenerDeletesItsRules() {
    String arn = f.listener(lb, 80, fixed("404"));
    String rule = f.rule(arn, 1, path("/a"), fixed("200"));
    f.elb.deleteListener(b -> b.listenerArn(arn));
    assertThat(errorOf(() -> f.elb.describeRules(b -> b.ruleArns(rule)))).isEqualTo("RuleNotFound");
    assertThat(errorOf(() -> f.elb.deleteListener(b -> b.listenerArn(arn)))).isEqualTo("ListenerNotFound");
  }

  @Test
  void listenerCertificatesListTheDefaultAndAddingTwiceIsANoOp() {
    String arn = f.httpsListener(lb, 443, CERT, fixed("404"));
    String extra = "arn:aws:acm:us-west-2:123456789012:certificate/extra";
    f.elb.addListenerCertificates(b -> b.listenerArn(arn).certificates(c -> c.certificateArn(extra)));
    f.elb.addListenerCertificates(b -> b.listenerArn(arn).certificates(c -> c.certificateArn(extra)));
    assertThat(f.elb.describeListenerCertificates(b -> b.listenerArn(arn)).certificates())
        .extracting(c -> c.certificateArn() + "=" + c.isDefault()).containsExactly(CERT + "=true", extra + "=false");
    f.elb.removeListenerCertificates(b -> b.listenerArn(arn).certificates(c -> c.certificateArn(extra)));
    assertThat(f.elb.describeListenerCertificates(b -> b.listenerArn(arn)).certificates()).hasSize(1);
  }

  @Test
  void tooManyCertificatesPerLoadBalancer() {
    ElbFixture small = new ElbFixture(b -> b.quotas(ElbQuotas.builder().certificatesPerLoadBalancer(1).build()));
    String arn = small.httpsListener(small.alb("web"), 443, CERT, fixed("404"));
    small.elb.addListenerCertificates(b -> b.listenerArn(arn).certificates(c -> c.certificateArn(CERT + "1")));
    assertThat(errorOf(() -> small.elb.addListenerCertificates(b -> b.listenerArn(arn).certificates(c -> c.certificateArn(CERT + "2")))))
        .isEqualTo("TooManyCertificates");
  }

  @Test
  void listenerAttributesHaveDefaults() {
    String arn = f.listener(lb, 80, fixed("404"));
    f.elb.modifyListenerAttributes(b -> b.listenerArn(arn).attributes(
        ListenerAttribute.builder().key("routing.http.response.server.enabled").value("false").build()));
    Map<String, String> attributes = f.elb.describeListenerAttributes(b -> b.listenerArn(arn)).attributes().stream()
        .collect(Collectors.toMap(ListenerAttribute::key, ListenerAttribute::value));
    assertThat(attributes).containsEntry("routing.http.response.server.enabled", "false")
        .containsEntry("routing.http.request.x_amzn_tls_version.header_name", "X-Amzn-Tls-Version");
  }

  @Test
  void describeListenersPages() {
    for (int port = 80; port < 85; port++) {
      f.listener(lb, port, fixed("404"));
    }
    var page = f.elb.describeListeners(b -> b.loadBalancerArn(lb).pageSize(2));
    assertThat(page.listeners()).extracting(Listener::port).containsExactly(80, 81);
    assertThat(page.nextMarker()).isNotNull();
    assertThat(f.elb.describeListenersPaginator(b -> b.loadBalancerArn(lb).pageSize(2)).listeners()).hasSize(5);
  }
}
