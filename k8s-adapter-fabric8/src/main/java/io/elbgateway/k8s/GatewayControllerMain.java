/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import io.elbgateway.sync.resolve.StaticNetwork;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.shield.ShieldClient;
import software.amazon.awssdk.services.wafv2.Wafv2Client;

/**
 * Runs the controller as it is, against the cluster of the current kubeconfig (or the in-cluster
 * service account) and the AWS account of the default credential chain, until the process is
 * stopped.
 *
 * <p>Settings come from the environment: {@code ELBGATEWAY_CLUSTER_NAME} (required: names and tags
 * every AWS resource), {@code ELBGATEWAY_MANAGED_SECURITY_GROUP} (the security group elbgateway
 * puts on load balancers that name none), {@code POD_NAMESPACE} (the Lease's namespace), and the
 * AWS SDK's own ({@code AWS_REGION}, credentials). The library picks no HTTP client: the classpath
 * must hold a fabric8 client implementation ({@code io.fabric8:kubernetes-client}, which brings its
 * default HTTP client) and an AWS SDK HTTP client ({@code software.amazon.awssdk:apache-client} or
 * {@code url-connection-client}).
 */
public final class GatewayControllerMain {

  private GatewayControllerMain() {}

  /** Starts the controller and blocks until the JVM shuts down. */
  public static void main(String[] args) throws InterruptedException {
    String clusterName = Optional.ofNullable(System.getenv("ELBGATEWAY_CLUSTER_NAME")).filter(s -> !s.isBlank()).orElse("");
    if (clusterName.isEmpty()) {
      System.err.println("ELBGATEWAY_CLUSTER_NAME is not set: it names and tags every AWS resource, so it is required");
      System.exit(2);
    }
    StaticNetwork network = StaticNetwork.idsOnly();
    String managedGroup = System.getenv("ELBGATEWAY_MANAGED_SECURITY_GROUP");
    if (managedGroup != null && !managedGroup.isBlank()) {
      network = network.withManagedSecurityGroup(managedGroup);
    }
    KubernetesClient kubernetes = new KubernetesClientBuilder().build();
    ElasticLoadBalancingV2Client elbv2 = ElasticLoadBalancingV2Client.create();
    Wafv2Client wafv2 = Wafv2Client.create();
    AcmClient acm = AcmClient.create();
    ShieldClient shield = ShieldClient.create();
    GatewayController controller =
        GatewayController.builder()
            .kubernetesClient(kubernetes)
            .elbv2(elbv2)
            .wafv2(wafv2)
            .acm(acm)
            .shield(shield)
            .clusterName(clusterName)
            .network(network)
            .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      controller.stop();
      elbv2.close();
      wafv2.close();
      acm.close();
      shield.close();
      kubernetes.close();
      stopped.countDown();
    }, "elbgateway-shutdown"));
    try {
      controller.start();
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
    stopped.await();
  }
}
