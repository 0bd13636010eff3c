/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.sync.SyncEngine;
import io.elbgateway.sync.SyncResult;
import io.elbgateway.sync.apply.ApplyProgress;
import io.elbgateway.sync.aws.AwsClients;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.resolve.SecretResolver;
import io.elbgateway.sync.resolve.StaticNetwork;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.shield.ShieldClient;
import software.amazon.awssdk.services.wafv2.Wafv2Client;

/**
 * A real AWS account, through the SDK's default credential chain (environment, profile, SSO, web
 * identity, instance role) and the JDK-based HTTP client. Plan and apply touch only the Gateways in
 * the manifests: other stacks this cluster owns are the controller's to delete.
 */
final class AwsTarget implements Target {

  private final String description;
  private final SdkHttpClient http;
  private final ElasticLoadBalancingV2Client elbv2;
  private final List<AutoCloseable> clients;
  private final SyncEngine engine;

  private AwsTarget(String description, SdkHttpClient http, ElasticLoadBalancingV2Client elbv2, List<AutoCloseable> clients, SyncEngine engine) {
    this.description = description;
    this.http = http;
    this.elbv2 = elbv2;
    this.clients = clients;
    this.engine = engine;
  }

  /**
   * Builds the SDK clients. Fails with exit code 3 and a message saying what to set when no Region
   * or no credentials can be found (the credentials are resolved here, before any plan).
   */
  static AwsTarget open(Optional<String> region, Optional<String> profile, Optional<String> managedSecurityGroup, String clusterName) {
    Region resolved = region.map(Region::of).orElseGet(() -> {
      try {
        DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
        profile.ifPresent(chain::profileName);
        return chain.build().getRegion();
      } catch (SdkException e) {
        throw new CliError(ExitCodes.AWS_OR_CLUSTER_ERROR,
            "no AWS Region: give --region, or set AWS_REGION, or a region in your AWS profile", e);
      }
    });
    DefaultCredentialsProvider.Builder chain = DefaultCredentialsProvider.builder();
    profile.ifPresent(chain::profileName);
    AwsCredentialsProvider credentials = chain.build();
    try {
      // Only whether they resolve is used here; the keys are never printed or logged.
      credentials.resolveCredentials();
    } catch (SdkException e) {
      throw new CliError(ExitCodes.AWS_OR_CLUSTER_ERROR,
          "no AWS credentials" + profile.map(p -> " for profile " + p).orElse("")
              + ": set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run aws sso login", e);
    }
    SdkHttpClient http = UrlConnectionHttpClient.builder().build();
    ElasticLoadBalancingV2Client elbv2 =
        ElasticLoadBalancingV2Client.builder().region(resolved).credentialsProvider(credentials).httpClient(http).build();
    Wafv2Client wafv2 = Wafv2Client.builder().region(resolved).credentialsProvider(credentials).httpClient(http).build();
    AcmClient acm = AcmClient.builder().region(resolved).credentialsProvider(credentials).httpClient(http).build();
    // Shield Advanced's API lives in us-east-1 whatever the load balancer's Region.
    ShieldClient shield = ShieldClient.builder().region(Region.US_EAST_1).credentialsProvider(credentials).httpClient(http).build();
    StaticNetwork network = StaticNetwork.idsOnly();
    if (managedSecurityGroup.isPresent()) {
      network = network.withManagedSecurityGroup(managedSecurityGroup.get());
    }
    SyncEngine engine = SyncEngine.builder()
        .clients(AwsClients.of(elbv2, wafv2, acm, shield))
        .clusterName(clusterName)
        .network(network)
        // The manifests hold no Secret data: OIDC client secrets are for the controller to read.
        .secrets(SecretResolver.none())
        .build();
    String description = "AWS account in " + resolved.id() + profile.map(p -> " (profile " + p + ")").orElse("");
    return new AwsTarget(description, http, elbv2, List.of(elbv2, wafv2, acm, shield), engine);
  }

  @Override
  public String describe() {
    return description;
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
    return Target.dnsName(elbv2, stack);
  }

  @Override
  public void close() {
    for (AutoCloseable client : clients) {
      try {
        client.close();
      } catch (Exception e) {
        // Closing releases nothing the run still needs.
      }
    }
    http.close();
  }
}
