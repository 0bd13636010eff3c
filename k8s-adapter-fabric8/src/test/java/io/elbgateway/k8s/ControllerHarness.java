/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import io.elbgateway.model.aws.AwsKinds;
import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.core.CoreKinds;
import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.sync.aws.RateLimits;
import io.elbgateway.sync.resolve.StaticNetwork;
import io.elbgateway.testkit.aws.InMemoryAws;
import io.elbgateway.testkit.aws.ManualClock;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.type.TypeReference;

/**
 * A mock API server in CRUD mode with the Gateway API and {@code gateway.k8s.aws} CRDs registered
 * (status as a subresource, as on a real cluster), an in-memory AWS, and controllers wired to both.
 * Manifests are applied at the version the CRD stores, as the API server converts them.
 */
final class ControllerHarness implements AutoCloseable {

  static final String CLUSTER = "test";
  static final String MANAGED_SG = "sg-0123456789abcdef0";
  static final String SEED_WEB_ACL =
      "arn:aws:wafv2:ap-northeast-2:123456789012:regional/webacl/my-web-acl/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d";

  static {
    // The mock server logs every request through java.util.logging.
    java.util.logging.Logger.getLogger("io.fabric8").setLevel(Level.WARNING);
    java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
  }

  final KubernetesMockServer server;
  final KubernetesClient client;
  final ManualClock clock = ManualClock.startingAt(Instant.parse("2026-11-26T00:00:00Z"));
  final InMemoryAws aws;
  private final Map<String, ResourceDefinitionContext> contexts = new HashMap<>();
  private final List<GatewayController> controllers = Collections.synchronizedList(new ArrayList<>());
  private final List<KubernetesClient> clients = Collections.synchronizedList(new ArrayList<>());

  /** Every CRD registered at its newest version. */
  ControllerHarness() {
    this(Stream.concat(GatewayApiKinds.ALL.stream(), AwsKinds.ALL.stream()).collect(Collectors.toMap(KindDescriptor::kind, KindDescriptor::versions)));
  }

  /** Only these custom kinds, each served at these versions (the first is stored). */
  ControllerHarness(Map<String, List<String>> served) {
    // CRUD mode: the mixed dispatcher answers from expectations first, then from its object store.
    Map<io.fabric8.mockwebserver.ServerRequest, java.util.Queue<io.fabric8.mockwebserver.ServerResponse>> responses = new HashMap<>();
    server =
        new KubernetesMockServer(
            new io.fabric8.mockwebserver.Context(),
            new io.fabric8.mockwebserver.MockWebServer(),
            responses,
            new io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher(responses),
            false);
    server.init();
    client = server.createClient();
    clients.add(client);
    aws = InMemoryAws.builder().clock(clock).seed(1).region("ap-northeast-2").build();
    aws.wafv2().addWebAcl(SEED_WEB_ACL);
    for (KindDescriptor kind : Stream.concat(GatewayApiKinds.ALL.stream(), AwsKinds.ALL.stream()).toList()) {
      List<String> versions = served.get(kind.kind());
      if (versions != null) {
        registerCrd(kind, versions);
      }
    }
    for (KindDescriptor kind : List.of(CoreKinds.NAMESPACE, CoreKinds.SERVICE, CoreKinds.ENDPOINT_SLICE, CoreKinds.NODE, CoreKinds.SECRET)) {
      contexts.put(kind.kind(), context(kind, kind.versions().get(0)));
    }
  }

  private void registerCrd(KindDescriptor kind, List<String> versions) {
    ResourceDefinitionContext context = context(kind, versions.get(0));
    contexts.put(kind.kind(), context);
    List<CustomResourceDefinitionVersion> crdVersions = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      crdVersions.add(
          new CustomResourceDefinitionVersionBuilder()
              .withName(versions.get(i))
              .withServed(true)
              .withStorage(i == 0)
              .withNewSubresources().withNewStatus().endStatus().endSubresources()
              .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema()
              .build());
    }
    CustomResourceDefinition crd =
        new CustomResourceDefinitionBuilder()
            .withNewMetadata().withName(context.getPlural() + "." + kind.group()).endMetadata()
            .withNewSpec()
            .withGroup(kind.group())
            .withScope(kind.namespaced() ? "Namespaced" : "Cluster")
            .withNewNames()
            .withKind(kind.kind())
            .withPlural(context.getPlural())
            .withSingular(kind.kind().toLowerCase(Locale.ROOT))
            .withListKind(kind.kind() + "List")
            .endNames()
            .withVersions(crdVersions)
            .endSpec()
            .build();
    client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
  }

  private static ResourceDefinitionContext context(KindDescriptor kind, String version) {
    String lower = kind.kind().toLowerCase(Locale.ROOT);
    String plural = lower.endsWith("s") ? lower + "es" : lower.endsWith("y") ? lower.substring(0, lower.length() - 1) + "ies" : lower + "s";
    return new ResourceDefinitionContext.Builder()
        .withGroup(kind.group())
        .withVersion(version)
        .withKind(kind.kind())
        .withPlural(plural)
        .withNamespaced(kind.namespaced())
        .build();
  }

  /** Another client of the same mock server (another replica's). */
  KubernetesClient newClient() {
    KubernetesClient other = server.createClient();
    clients.add(other);
    return other;
  }

  /** A controller builder on the mock cluster and the in-memory AWS, fast timings, no leader election. */
  GatewayController.Builder controller(ControllerListener listener) {
    return controller(client, listener);
  }

  GatewayController.Builder controller(KubernetesClient kubernetes, ControllerListener listener) {
    return GatewayController.builder()
        .kubernetesClient(kubernetes)
        .elbv2(aws.elbv2())
        .wafv2(aws.wafv2())
        .acm(aws.acm())
        .shield(aws.shield())
        .clusterName(CLUSTER)
        .network(StaticNetwork.idsOnly().withManagedSecurityGroup(MANAGED_SG))
        .syncEngine(b -> b.rateLimits(RateLimits.none()).timing(clock, clock::advance).random(new Random(11)))
        .listener(listener)
        .leaderElection(false)
        .requeueCap(Duration.ofMillis(100))
        .retryBackoff(Duration.ofMillis(100), Duration.ofSeconds(2))
        .resyncPeriod(Duration.ofMinutes(5));
  }

  /** Builds and starts a controller; {@link #close} stops it. */
  GatewayController start(GatewayController.Builder builder) {
    GatewayController controller = builder.build();
    controllers.add(controller);
    controller.start();
    return controller;
  }

  /** The operations on a kind. */
  MixedOperation<GenericKubernetesResource, io.fabric8.kubernetes.api.model.GenericKubernetesResourceList, Resource<GenericKubernetesResource>> resources(String kind) {
    ResourceDefinitionContext context = contexts.get(kind);
    if (context == null) {
      throw new IllegalArgumentException("no CRD for " + kind);
    }
    return client.genericKubernetesResources(context);
  }

  Resource<GenericKubernetesResource> resource(String kind, String namespace, String name) {
    return namespace.isEmpty() ? resources(kind).withName(name) : resources(kind).inNamespace(namespace).withName(name);
  }

  /** The object as the API server has it now, or null. */
  GenericKubernetesResource get(String kind, String namespace, String name) {
    return resource(kind, namespace, name).get();
  }

  /** Creates every object of every manifest file under {@code dir}. */
  void applyDirectory(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        apply(Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the objects of multi-document YAML, at the stored version of each kind. */
  List<GenericKubernetesResource> apply(String yaml) {
    List<GenericKubernetesResource> created = new ArrayList<>();
    for (String document : yaml.split("(?m)^---\\s*$")) {
      Map<String, Object> tree = ModelMappers.yaml().readValue(document, new TypeReference<LinkedHashMap<String, Object>>() {});
      if (tree == null || tree.isEmpty()) {
        continue;
      }
      String kind = String.valueOf(tree.get("kind"));
      ResourceDefinitionContext context = contexts.get(kind);
      if (context == null) {
        throw new IllegalArgumentException("no CRD for " + kind);
      }
      tree.put("apiVersion", context.getGroup().isEmpty() ? context.getVersion() : context.getGroup() + "/" + context.getVersion());
      GenericKubernetesResource resource = client.getKubernetesSerialization().convertValue(tree, GenericKubernetesResource.class);
      String namespace = resource.getMetadata().getNamespace();
      if (context.isNamespaceScoped() && namespace == null) {
        resource.getMetadata().setNamespace(namespace = "default");
      }
      created.add(
          context.isNamespaceScoped()
              ? resources(kind).inNamespace(namespace).resource(resource).create()
              : resources(kind).resource(resource).create());
    }
    return created;
  }

  /** Edits an object (its spec or metadata) as a user would. */
  GenericKubernetesResource edit(String kind, String namespace, String name, UnaryOperator<GenericKubernetesResource> change) {
    return resource(kind, namespace, name).edit(change);
  }

  @Override
  public void close() {
    List<GatewayController> running = new ArrayList<>(controllers);
    running.forEach(GatewayController::stop);
    clients.forEach(KubernetesClient::close);
    try {
      server.destroy();
    } catch (IllegalStateException e) {
      // The mock's Vert.x server sometimes outlasts its 10 s close wait while closed watches
      // drain; what the test checked is done by now, so a slow mock shutdown is no failure.
      System.err.println("mock API server shutdown: " + e.getMessage());
    }
  }
}
