/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * One test's wire: a scripted delegate, the server in front of it, and a real SDK client (retries
 * off) pointed at the server.
 */
final class WireFixture implements AutoCloseable {

  final FakeElbv2 fake = new FakeElbv2();
  final QueryProtocolServer server = QueryProtocolServer.start(fake.client());
  final ElasticLoadBalancingV2Client elbv2 = WireClients.withoutRetries(server.endpoint());

  @Override
  public void close() {
    elbv2.close();
    server.close();
  }
}
