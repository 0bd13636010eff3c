/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.sync.aws.AwsClients;
import java.util.List;
import java.util.Optional;
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
 * The SDK clients of a real AWS account: the default credential chain (environment, profile, SSO,
 * web identity, instance role), the Region given or found, and the JDK-based HTTP client, which the
 * command line picks as an application may. Whatever talks to a real account (the {@code --aws}
 * target, the controller) starts here.
 */
final class AwsAccount implements AutoCloseable {

  private final Region region;
  private final Optional<String> profile;
  private final SdkHttpClient http;
  private final ElasticLoadBalancingV2Client elbv2;
  private final Wafv2Client wafv2;
  private final AcmClient acm;
  private final ShieldClient shield;

  private AwsAccount(Region region, Optional<String> profile, AwsCredentialsProvider credentials) {
    this.region = region;
    this.profile = profile;
    this.http = UrlConnectionHttpClient.builder().build();
    this.elbv2 = ElasticLoadBalancingV2Client.builder().region(region).credentialsProvider(credentials).httpClient(http).build();
    this.wafv2 = Wafv2Client.builder().region(region).credentialsProvider(credentials).httpClient(http).build();
    this.acm = AcmClient.builder().region(region).credentialsProvider(credentials).httpClient(http).build();
    // Shield Advanced's API lives in us-east-1 whatever the load balancer's Region.
    this.shield = ShieldClient.builder().region(Region.US_EAST_1).credentialsProvider(credentials).httpClient(http).build();
  }

  /**
   * The clients. Fails with exit code 3 and a message saying what to set when no Region or no
   * credentials can be found (the credentials are resolved here, before any call).
   */
  static AwsAccount connect(Optional<String> region, Optional<String> profile) {
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
    return new AwsAccount(resolved, profile, credentials);
  }

  /** The four clients, for the sync engine. */
  AwsClients clients() {
    return AwsClients.of(elbv2, wafv2, acm, shield);
  }

  /** The ELBv2 client. */
  ElasticLoadBalancingV2Client elbv2() {
    return elbv2;
  }

  /** {@code AWS account in eu-west-1 (profile dev)}. */
  String describe() {
    return "AWS account in " + region.id() + profile.map(p -> " (profile " + p + ")").orElse("");
  }

  @Override
  public void close() {
    for (AutoCloseable client : List.<AutoCloseable>of(elbv2, wafv2, acm, shield)) {
      try {
        client.close();
      } catch (Exception e) {
        // Closing releases nothing the run still needs.
      }
    }
    http.close();
  }
}
