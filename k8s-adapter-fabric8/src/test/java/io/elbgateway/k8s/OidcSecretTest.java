/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;

/**
 * A ListenerRuleConfiguration that signs users in with OIDC: the client credentials come from its
 * Secret when the rule is created; the snapshot knows the Secret exists, never its values.
 */
class OidcSecretTest {

  @Test
  void theOidcClientSecretIsReadFromTheSecretWhenApplying() {
    try (ControllerHarness harness = new ControllerHarness()) {
      harness.applyDirectory(Path.of("../examples/seed"));
      harness.client.secrets().inNamespace("my-web").resource(new SecretBuilder()
          .withNewMetadata().withName("oidc-client").withNamespace("my-web").endMetadata()
          .withData(Map.of("clientID", b64("staff-portal"), "clientSecret", b64("s3cr3t-value")))
          .build()).create();
      harness.apply(
          "apiVersion: gateway.k8s.aws/v1beta1\nkind: ListenerRuleConfiguration\nmetadata: {name: staff-login, namespace: my-web}\n"
              + "spec:\n  actions:\n  - type: authenticate-oidc\n    authenticateOIDCConfig:\n"
              + "      authorizationEndpoint: https://login.example.com/oauth2/v1/authorize\n"
              + "      issuer: https://login.example.com\n"
              + "      tokenEndpoint: https://login.example.com/oauth2/v1/token\n"
              + "      userInfoEndpoint: https://login.example.com/oauth2/v1/userinfo\n"
              + "      secret: {name: oidc-client}\n"
              + "---\n"
              + "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: staff, namespace: my-web}\n"
              + "spec:\n  parentRefs: [{name: aws-alb-gateway, namespace: kube-system, sectionName: https}]\n"
              + "  hostnames: [www.example.com]\n"
              + "  rules:\n  - matches: [{path: {type: PathPrefix, value: /staff}}]\n"
              + "    filters: [{type: ExtensionRef, extensionRef: {group: gateway.k8s.aws, kind: ListenerRuleConfiguration, name: staff-login}}]\n"
              + "    backendRefs: [{name: my-web, port: 80}]\n");
      GatewayController controller = harness.start(harness.controller(new Recorder()));

      Await.until("the sign-in rule in AWS", () -> oidcActions(harness).size() == 1,
          () -> Statuses.status(harness.get("HTTPRoute", "my-web", "staff")) + " " + Statuses.status(harness.get("ListenerRuleConfiguration", "my-web", "staff-login")));
      // AWS returns the client ID, never the secret: the ID shows the Secret was read at apply.
      assertThat(oidcActions(harness).get(0).authenticateOidcConfig().clientId()).isEqualTo("staff-portal");
      assertThat(controller.snapshot().objects().toString()).doesNotContain("s3cr3t").doesNotContain(b64("s3cr3t-value"));
    }
  }

  private static List<Action> oidcActions(ControllerHarness harness) {
    List<Action> actions = new ArrayList<>();
    var elbv2 = harness.aws.elbv2();
    for (var lb : elbv2.describeLoadBalancers().loadBalancers()) {
      for (var listener : elbv2.describeListeners(r -> r.loadBalancerArn(lb.loadBalancerArn())).listeners()) {
        for (var rule : elbv2.describeRules(r -> r.listenerArn(listener.listenerArn())).rules()) {
          rule.actions().stream().filter(a -> a.authenticateOidcConfig() != null).forEach(actions::add);
        }
      }
    }
    return actions;
  }

  private static String b64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
