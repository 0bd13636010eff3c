/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.sync.SyncEngine;
import io.elbgateway.sync.SyncResult;
import io.elbgateway.sync.apply.ApplyProgress;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.resolve.SecretResolver;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A real AWS account ({@link AwsAccount}). Plan and apply touch only the Gateways in the manifests:
 * other stacks this cluster owns are the controller's to delete.
 */
final class AwsTarget implements Target {

  private final AwsAccount account;
  private final SyncEngine engine;

  private AwsTarget(AwsAccount account, SyncEngine engine) {
    this.account = account;
    this.engine = engine;
  }

  /** The account's clients and an engine on them; see {@link AwsAccount#connect} for the errors. */
  static AwsTarget open(AwsOptions options, String clusterName) {
    AwsAccount account = options.connect();
    SyncEngine engine = SyncEngine.builder()
        .clients(account.clients())
        .clusterName(clusterName)
        .network(options.network())
        // The manifests hold no Secret data: OIDC client secrets are for the controller to read.
        .secrets(SecretResolver.none())
        .build();
    return new AwsTarget(account, engine);
  }

  @Override
  public String describe() {
    return account.describe();
  }

  @Override
  public List<String> notes() {
    return List.of();
  }

  @Override
  public List<ElbStack> previous() {
    return List.of();
  }

  @Override
  public List<Plan> plan(List<ElbStack> desired) {
    return desired.stream().map(engine::plan).collect(Collectors.toList());
  }

  @Override
  public SyncResult apply(Plan plan, ApplyProgress progress) {
    return engine.apply(plan, progress);
  }

  @Override
  public void applied(List<ElbStack> desired) {}

  @Override
  public Optional<String> dnsName(ElbStack stack) {
    return Target.dnsName(account.elbv2(), stack);
  }

  @Override
  public void close() {
    account.close();
  }
}
