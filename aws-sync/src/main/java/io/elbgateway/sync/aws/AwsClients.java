/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import java.util.Optional;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.shield.ShieldClient;
import software.amazon.awssdk.services.wafv2.Wafv2Client;

/**
 * The AWS SDK clients the engine talks through, built by the caller with the HTTP client,
 * credentials and Region it chooses. Only ELBv2 is required: without WAFv2 a desired web ACL is
 * reported as not applied, without ACM certificate discovery by hostname is, without Shield a
 * desired protection is. The engine never closes them.
 */
public final class AwsClients {

  private final ElasticLoadBalancingV2Client elbv2;
  private final Optional<Wafv2Client> wafv2;
  private final Optional<AcmClient> acm;
  private final Optional<ShieldClient> shield;

  private AwsClients(
      ElasticLoadBalancingV2Client elbv2,
      Optional<Wafv2Client> wafv2,
      Optional<AcmClient> acm,
      Optional<ShieldClient> shield) {
    this.elbv2 = elbv2;
    this.wafv2 = wafv2;
    this.acm = acm;
    this.shield = shield;
  }

  /** Only an ELBv2 client. */
  public static AwsClients of(ElasticLoadBalancingV2Client elbv2) {
    return new AwsClients(elbv2, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** All four clients. */
  public static AwsClients of(
      ElasticLoadBalancingV2Client elbv2, Wafv2Client wafv2, AcmClient acm, ShieldClient shield) {
    return new AwsClients(elbv2, Optional.of(wafv2), Optional.of(acm), Optional.of(shield));
  }

  /** These clients with a WAFv2 client. */
  public AwsClients withWafv2(Wafv2Client client) {
    return new AwsClients(elbv2, Optional.of(client), acm, shield);
  }

  /** These clients with an ACM client. */
  public AwsClients withAcm(AcmClient client) {
    return new AwsClients(elbv2, wafv2, Optional.of(client), shield);
  }

  /** These clients with a Shield client. */
  public AwsClients withShield(ShieldClient client) {
    return new AwsClients(elbv2, wafv2, acm, Optional.of(client));
  }

  /** The ELBv2 client. */
  public ElasticLoadBalancingV2Client elbv2() {
    return elbv2;
  }

  /** The WAFv2 client, if given. */
  public Optional<Wafv2Client> wafv2() {
    return wafv2;
  }

  /** The ACM client, if given. */
  public Optional<AcmClient> acm() {
    return acm;
  }

  /** The Shield client, if given. */
  public Optional<ShieldClient> shield() {
    return shield;
  }
}
