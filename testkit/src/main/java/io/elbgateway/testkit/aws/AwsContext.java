/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.time.Clock;
import java.util.Map;
import java.util.Random;

/**
 * What the in-memory clients of one {@link InMemoryAws} share: Region, account, VPC, clock,
 * quotas, the generator of resource ids (seeded, so ARNs repeat from run to run) and the
 * {@link CallGate} every call goes through.
 */
final class AwsContext {

  final String region;
  final String accountId;
  final String vpcId;
  final String defaultSecurityGroup;
  final Clock clock;
  final ElbQuotas quotas;
  final int activeAfterDescribes;
  final int healthyAfterDescribes;
  final CallGate gate;
  private final Map<String, String> subnetZones;
  private final Random ids;

  AwsContext(
      String region,
      String accountId,
      String vpcId,
      String defaultSecurityGroup,
      Clock clock,
      ElbQuotas quotas,
      int activeAfterDescribes,
      int healthyAfterDescribes,
      Map<String, String> subnetZones,
      long seed,
      CallGate gate) {
    this.region = region;
    this.accountId = accountId;
    this.vpcId = vpcId;
    this.defaultSecurityGroup = defaultSecurityGroup;
    this.clock = clock;
    this.quotas = quotas;
    this.activeAfterDescribes = activeAfterDescribes;
    this.healthyAfterDescribes = healthyAfterDescribes;
    this.subnetZones = Map.copyOf(subnetZones);
    this.ids = new Random(seed);
    this.gate = gate;
  }

  /** {@code n} lowercase hex digits, the next from the seeded generator. */
  String hex(int n) {
    StringBuilder out = new StringBuilder();
    while (out.length() < n) {
      out.append(String.format("%016x", ids.nextLong()));
    }
    return out.substring(0, n);
  }

  /** {@code n} decimal digits, the next from the seeded generator. */
  String digits(int n) {
    StringBuilder out = new StringBuilder();
    while (out.length() < n) {
      out.append(ids.nextInt(10));
    }
    return out.toString();
  }

  /**
   * The Availability Zone of a subnet: the configured one, or one of the Region's zones a, b and c
   * chosen from the subnet id (stable across runs).
   */
  String zoneOf(String subnetId) {
    String zone = subnetZones.get(subnetId);
    if (zone != null) {
      return zone;
    }
    return region + "abc".charAt(Math.floorMod(subnetId.hashCode(), 3));
  }
}
