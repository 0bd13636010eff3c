/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.elb.Certificate;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.sync.SyncEngine;
import io.elbgateway.sync.SyncResult;
import io.elbgateway.sync.apply.ApplyProgress;
import io.elbgateway.sync.aws.AwsClients;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.resolve.ClientCredentials;
import io.elbgateway.testkit.aws.InMemoryAws;
import io.elbgateway.testkit.aws.ManualClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import software.amazon.awssdk.services.acm.model.CertificateStatus;

/**
 * The built-in target: testkit's in-memory AWS, rebuilt on every run from a local state file. The
 * state holds the stacks applied last; opening the target makes a fresh in-memory AWS with the same
 * seed, Region, web ACLs and certificates, and syncs the recorded stacks into it (the same calls in
 * the same order give the same ARNs and DNS names). Plans are then made against that, so a plan
 * after an apply shows no changes.
 */
final class InMemoryTarget implements Target {

  static final String DEFAULT_REGION = "us-west-2";

  private final Path stateFile;
  private final InMemoryState state;
  private final InMemoryAws aws;
  private final BuiltInNetwork network;
  private final SyncEngine engine;

  private InMemoryTarget(Path stateFile, InMemoryState state, InMemoryAws aws, BuiltInNetwork network, SyncEngine engine) {
    this.stateFile = stateFile;
    this.state = state;
    this.aws = aws;
    this.network = network;
    this.engine = engine;
  }

  /**
   * Opens the state file (a missing one is an empty state) and replays it. {@code desired} tells the
   * Region (from the ARNs it names) when neither the state nor {@code region} does, and which web
   * ACLs and certificates must exist.
   */
  static InMemoryTarget open(Path stateFile, Optional<String> region, String clusterName, List<ElbStack> desired) {
    Optional<InMemoryState> recorded = read(stateFile);
    recorded.ifPresent(s -> {
      if (!s.clusterName().equals(clusterName) && !s.stacks().isEmpty()) {
        throw new CliError(ExitCodes.INVALID_INPUT, "the state file " + stateFile + " holds cluster \"" + s.clusterName()
            + "\", not \"" + clusterName + "\": give --cluster-name " + s.clusterName() + " or another --state FILE");
      }
    });
    String regionName = recorded.filter(s -> !s.stacks().isEmpty()).map(InMemoryState::region)
        .or(() -> region)
        .or(() -> regionOf(desired))
        .orElse(DEFAULT_REGION);
    TreeSet<String> webAcls = new TreeSet<>();
    TreeSet<String> hostnames = new TreeSet<>();
    recorded.ifPresent(s -> {
      webAcls.addAll(s.webAcls());
      hostnames.addAll(s.certificateHostnames());
    });
    Stream.concat(desired.stream(), recorded.map(InMemoryState::stacks).orElse(List.of()).stream()).forEach(stack -> {
      stack.loadBalancer().webAclArn().ifPresent(webAcls::add);
      stack.listeners().forEach(l -> hostnames.addAll(l.certificateHostnames()));
    });
    InMemoryState state = ImmutableInMemoryState.builder()
        .clusterName(clusterName)
        .region(regionName)
        .seed(recorded.map(InMemoryState::seed).orElse(1L))
        .webAcls(webAcls)
        .certificateHostnames(hostnames)
        .stacks(recorded.map(InMemoryState::stacks).orElse(List.of()))
        .build();

    ManualClock clock = ManualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
    InMemoryAws aws = InMemoryAws.builder()
        .region(regionName)
        .seed(state.seed())
        .clock(clock)
        .subnetZone(BuiltInNetwork.SUBNETS.get(0), regionName + "a")
        .subnetZone(BuiltInNetwork.SUBNETS.get(1), regionName + "b")
        .build();
    state.webAcls().forEach(aws.wafv2()::addWebAcl);
    state.certificateHostnames().forEach(h -> aws.acm().addCertificate(h, CertificateStatus.ISSUED));
    BuiltInNetwork network = new BuiltInNetwork();
    SyncEngine engine = SyncEngine.builder()
        .clients(AwsClients.of(aws.elbv2(), aws.wafv2(), aws.acm(), aws.shield()))
        .clusterName(clusterName)
        .network(network)
        // OIDC client credentials: the built-in AWS needs some, and none of the user's are read.
        .secrets(secret -> Optional.of(ClientCredentials.of("built-in-client", "built-in-secret")))
        .timing(clock, clock::advance)
        .random(new Random(1))
        .build();
    replay(stateFile, state, engine);
    network.clearNotes();
    return new InMemoryTarget(stateFile, state, aws, network, engine);
  }

  private static void replay(Path stateFile, InMemoryState state, SyncEngine engine) {
    if (state.stacks().isEmpty()) {
      return;
    }
    for (SyncResult result : engine.syncAll(state.stacks())) {
      if (!result.converged()) {
        throw new CliError(ExitCodes.INVALID_INPUT, "the state file " + stateFile
            + " does not replay into the built-in AWS (" + result.programmed().message()
            + "); delete it to start from an empty AWS");
      }
    }
  }

  private static Optional<InMemoryState> read(Path stateFile) {
    if (!Files.exists(stateFile)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ModelMappers.json().readValue(Files.readString(stateFile, StandardCharsets.UTF_8), InMemoryState.class));
    } catch (IOException | RuntimeException e) {
      throw new CliError(ExitCodes.INVALID_INPUT, "the state file " + stateFile + " is not readable ("
          + e.getMessage().lines().findFirst().orElse("") + "); delete it to start from an empty AWS", e);
    }
  }

  /** The Region of the first ARN the stacks name (certificates, web ACL), so the picture is consistent. */
  static Optional<String> regionOf(List<ElbStack> stacks) {
    List<String> arns = new ArrayList<>();
    for (ElbStack stack : stacks) {
      stack.loadBalancer().webAclArn().ifPresent(arns::add);
      for (Listener listener : stack.listeners()) {
        listener.certificates().stream().map(Certificate::certificateArn).forEach(arns::add);
      }
    }
    return arns.stream()
        .map(arn -> arn.split(":"))
        .filter(parts -> parts.length > 4 && parts[0].equals("arn") && !parts[3].isEmpty())
        .map(parts -> parts[3])
        .findFirst();
  }

  @Override
  public String describe() {
    return "the built-in in-memory AWS (Region " + state.region() + ", state file " + stateFile
        + "); nothing here touches a real AWS account";
  }

  @Override
  public List<String> notes() {
    return network.notes();
  }

  @Override
  public List<ElbStack> previous() {
    return state.stacks();
  }

  @Override
  public List<Plan> plan(List<ElbStack> desired) {
    return engine.planAll(desired);
  }

  @Override
  public SyncResult apply(Plan plan, ApplyProgress progress) {
    return engine.apply(plan, progress);
  }

  @Override
  public void applied(List<ElbStack> desired) {
    InMemoryState next = ImmutableInMemoryState.builder().from(state).stacks(desired).build();
    TextFiles.write(stateFile, ModelMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(next) + "\n");
  }

  @Override
  public Optional<String> dnsName(ElbStack stack) {
    return Target.dnsName(aws.elbv2(), stack);
  }

  @Override
  public void close() {}
}
