/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.AuthenticateOidcActionConfig;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.SecretReference;
import io.elbgateway.sync.plan.Operation;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.resolve.SecretResolver;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.acm.model.CertificateStatus;

/** Listener certificates found in ACM by hostname, and OIDC client secrets read only at apply. */
class CertificatesAndSecretsTest {

  private static final String HTTPS = "kube-system/aws-alb-gateway/HTTPS:443";

  private final SyncHarness harness = new SyncHarness();
  private final ElbStack seed = SyncHarness.seedStack();

  @Test
  void theMostSpecificIssuedCertificateIsChosenAndExtraHostnamesAddCertificates() {
    String wildcard = harness.aws.acm().addCertificate("*.example.com", CertificateStatus.ISSUED);
    String exact = harness.aws.acm().addCertificate("www.example.com", CertificateStatus.ISSUED);
    harness.aws.acm().addCertificate("api.example.com", CertificateStatus.PENDING_VALIDATION);
    SyncEngine engine = harness.engine();

    SyncResult first = engine.sync(withHostnames("www.example.com", "api.example.com"));

    assertThat(first.converged()).as(first.plan().toText()).isTrue();
    String listener = first.arns().get(HTTPS);
    var certificates = harness.aws.elbv2().describeListenerCertificates(r -> r.listenerArn(listener)).certificates();
    assertThat(certificates.stream().filter(c -> Boolean.TRUE.equals(c.isDefault())).map(c -> c.certificateArn()))
        .containsExactly(exact);
    assertThat(certificates.stream().filter(c -> !Boolean.TRUE.equals(c.isDefault())).map(c -> c.certificateArn()))
        .containsExactly(wildcard);
    assertThat(engine.sync(withHostnames("www.example.com", "api.example.com")).plan().empty()).isTrue();

    SyncResult narrowed = engine.sync(withHostnames("www.example.com"));
    assertThat(narrowed.applied()).extracting(c -> c.operation()).containsExactly(Operation.REMOVE_LISTENER_CERTIFICATES);
    assertThat(narrowed.applied().get(0).certificateArns()).containsExactly(wildcard);
  }

  @Test
  void aHostnameNoCertificateCoversIsReportedAndTheListenerLeftOut() {
    SyncResult result = harness.engine().sync(withHostnames("www.example.com"));

    assertThat(result.problems()).extracting(p -> p.key() + ": " + p.message())
        .contains(HTTPS + ": no issued ACM certificate covers www.example.com; request or import one, or set a certificate ARN",
            HTTPS + ": a HTTPS listener needs a certificate and none is known; it is not created or changed");
    assertThat(result.arns()).doesNotContainKey(HTTPS).containsKey("kube-system/aws-alb-gateway/HTTP:80");
  }

  @Test
  void anOidcClientSecretIsReadAtApplyAndAppearsInNoPlanAndNoResult() {
    ElbStack stack = withOidc(seed);
    SyncEngine engine = harness.engine();

    Plan plan = engine.plan(stack);
    SyncResult result = engine.apply(plan);

    assertThat(result.converged()).as(plan.toText() + result.failure()).isTrue();
    assertThat(plan.toText()).doesNotContain("s3cr3t").contains("authenticate-oidc issuer=https://idp.example.com");
    assertThat(plan.toJson()).doesNotContain("s3cr3t").contains("\"Name\" : \"oidc-client\"");
    assertThat(result.toString()).doesNotContain("s3cr3t");
    assertThat(engine.sync(stack).plan().empty()).isTrue();
  }

  @Test
  void aMissingOidcSecretFailsTheRuleNamingTheSecret() {
    SyncEngine engine =
        harness.builder(harness.clients()).secrets(SecretResolver.none()).build();

    SyncResult result = engine.sync(withOidc(seed));

    assertThat(result.failure()).hasValueSatisfying(f -> {
      assertThat(f.change()).startsWith("create rule " + HTTPS);
      assertThat(f.message()).contains("Secret my-web/oidc-client");
    });
  }

  @Test
  void aPlanReadsBackFromItsJson() throws Exception {
    Plan plan = harness.engine().plan(seed);
    Plan read = ModelMappers.json().readValue(plan.toJson(), Plan.class);
    assertThat(read).isEqualTo(plan);
  }

  private ElbStack withHostnames(String... hostnames) {
    List<Listener> listeners =
        seed.listeners().stream()
            .map(l -> l.key().equals(HTTPS)
                ? Listener.builder().from(l).certificates(List.of()).certificateHostnames(List.of(hostnames)).build()
                : l)
            .collect(Collectors.toList());
    return ElbStack.builder().from(seed).listeners(listeners).build();
  }

  private static ElbStack withOidc(ElbStack seed) {
    Action oidc =
        Action.authenticateOidc(
                AuthenticateOidcActionConfig.builder()
                    .issuer("https://idp.example.com")
                    .authorizationEndpoint("https://idp.example.com/authorize")
                    .tokenEndpoint("https://idp.example.com/token")
                    .userInfoEndpoint("https://idp.example.com/userinfo")
                    .clientCredentialsSecretRef(SecretReference.of("my-web", "oidc-client"))
                    .build())
            .ordered(1);
    List<ListenerRule> rules =
        seed.rules().stream()
            .map(r -> r.listenerKey().equals(HTTPS) && r.actions().get(0).forwardConfig().isPresent()
                ? ListenerRule.builder().from(r).actions(List.of(oidc, r.actions().get(0).ordered(2))).build()
                : r)
            .collect(Collectors.toList());
    return ElbStack.builder().from(seed).rules(rules).build();
  }
}
