/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code plan} and {@code apply} against the built-in in-memory AWS and its state file: a plan
 * after apply shows no changes, apply twice is a no-op, apply asks first, a changed manifest plans
 * only what changed, a removed Gateway is deleted.
 */
class PlanApplyTest {

  @TempDir Path dir;

  private String state() {
    return dir.resolve("state.json").toString();
  }

  @Test
  void theSeedPlansTheSeedsPictureAgainstAnEmptyAws() {
    CliRun.Result result = CliRun.run("plan", "-f", CliRun.example("seed"), "--state", state());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Target: the built-in in-memory AWS (Region ap-northeast-2")
        .contains("+ create load balancer kube-system/aws-alb-gateway")
        .contains("+ associate web ACL with kube-system/aws-alb-gateway")
        .contains("Plan: 10 to create, 1 to modify, 0 to delete in 1 of 1 stack.")
        .doesNotContain("\n! ");
    assertThat(Files.exists(dir.resolve("state.json"))).as("plan writes no state").isFalse();
  }

  @Test
  void afterApplyThePlanShowsNoChangesAndASecondApplyIsANoOp() throws IOException {
    CliRun.Result applied = CliRun.run("apply", "-f", CliRun.example("seed"), "--state", state(), "--yes");

    assertThat(applied.exitCode()).as(applied.toString()).isZero();
    assertThat(applied.err()).contains("[1/11] create load balancer kube-system/aws-alb-gateway")
        .contains("[11/11] associate web ACL with kube-system/aws-alb-gateway");
    assertThat(applied.out()).contains("Apply complete: 11 changes applied.")
        .containsPattern("Load balancers:\n  kube-system/aws-alb-gateway  k8s-kubesyst-awsalbga-[0-9a-f]+-[0-9]+\\.ap-northeast-2\\.elb\\.amazonaws\\.com");
    JsonNode saved = ModelMappers.json().readTree(Files.readString(dir.resolve("state.json"), StandardCharsets.UTF_8));
    assertThat(saved.get("stacks").size()).isEqualTo(1);
    assertThat(saved.get("webAcls").get(0).asString()).contains("my-web-acl");

    CliRun.Result plan = CliRun.run("plan", "-f", CliRun.example("seed"), "--state", state());
    assertThat(plan.out()).contains("Plan for stack kube-system/aws-alb-gateway: no changes")
        .contains("No changes: AWS matches the manifests.");

    CliRun.Result again = CliRun.run("apply", "-f", CliRun.example("seed"), "--state", state());
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("Apply complete: 0 changes applied.");
    assertThat(again.err()).doesNotContain("Only 'yes'").doesNotContain("[1/");
    // The same DNS name: the state replays into the same ARNs.
    assertThat(dnsName(again.out())).isEqualTo(dnsName(applied.out()));
  }

  @Test
  void applyAsksAndAnythingButYesAppliesNothing() {
    CliRun.Result refused = CliRun.withInput("y\n", "apply", "-f", CliRun.example("seed"), "--state", state());

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(refused.err()).contains("Apply 11 changes to the built-in in-memory AWS").contains("Only 'yes' is accepted")
        .contains("Not applied");
    assertThat(Files.exists(dir.resolve("state.json"))).isFalse();

    CliRun.Result accepted = CliRun.withInput("yes\n", "apply", "-f", CliRun.example("seed"), "--state", state());
    assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
    assertThat(Files.exists(dir.resolve("state.json"))).isTrue();
  }

  @Test
  void aChangedWeightPlansOneRuleModificationAndAGatewayRemovedIsDeleted() throws IOException {
    Path manifests = copy("canary");
    assertThat(CliRun.run("apply", "-f", manifests.toString(), "--state", state(), "--yes").exitCode()).isZero();
    Path route = manifests.resolve("route.yaml");
    Files.writeString(route, Files.readString(route).replace("weight: 90", "weight: 50").replace("weight: 10", "weight: 50"));

    CliRun.Result plan = CliRun.run("plan", "-f", manifests.toString(), "--state", state());
    assertThat(plan.out()).contains("Plan: 0 to create, 1 to modify, 0 to delete in 1 of 1 stack.").contains("~ modify rule");

    Files.delete(manifests.resolve("gateway.yaml"));
    Files.writeString(manifests.resolve("gateway.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: app}\n");
    CliRun.Result deletion = CliRun.run("apply", "-f", manifests.toString(), "--state", state(), "--yes");
    assertThat(deletion.exitCode()).as(deletion.toString()).isZero();
    assertThat(deletion.out()).contains("Plan to delete stack app/app").contains("- delete load balancer app/app");
    assertThat(CliRun.run("plan", "-f", manifests.toString(), "--state", state()).out())
        .contains("No changes: AWS matches the manifests.");
  }

  @Test
  void anApplyThatCannotFinishExitsWith3AndRecordsNothing() throws IOException {
    Path manifests = copy("canary");
    Path route = manifests.resolve("route.yaml");
    Files.writeString(route, Files.readString(route)
        .replace("{name: app-v2, port: 80, weight: 10}", "{group: \"\", kind: TargetGroupName, name: legacy-app, weight: 10}"));

    CliRun.Result result = CliRun.run("apply", "-f", manifests.toString(), "--state", state(), "--yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.AWS_OR_CLUSTER_ERROR);
    assertThat(result.out()).contains("\n! app/app/HTTP:80/HTTPRoute/app/app/0/0: the rule forwards to a target group that")
        .contains("Apply incomplete: 4 of 4 changes applied, 1 error (on stderr); the state file is unchanged.");
    assertThat(result.err()).contains("error: app/app/HTTP:80/HTTPRoute/app/app/0/0:").doesNotContain("\tat ");
    assertThat(Files.exists(dir.resolve("state.json"))).isFalse();
  }

  @Test
  void jsonPlansAreForPrograms() {
    CliRun.Result result = CliRun.run("plan", "-f", CliRun.example("seed"), "--state", state(), "-o", "json");

    JsonNode document = ModelMappers.json().readTree(result.out());
    assertThat(document.get("changes").asInt()).isEqualTo(11);
    assertThat(document.get("plans").get(0).get("stack").asString()).isEqualTo("kube-system/aws-alb-gateway");
  }

  @Test
  void applyJsonListsTheLoadBalancersAndNoProgressLines() {
    CliRun.Result result = CliRun.run("apply", "-f", CliRun.example("seed"), "--state", state(), "--yes", "-o", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode document = ModelMappers.json().readTree(result.out());
    assertThat(document.get("applied").asInt()).isEqualTo(11);
    assertThat(document.get("loadBalancers").get(0).get("dnsName").asString()).endsWith(".elb.amazonaws.com");
    assertThat(result.err()).doesNotContain("[1/");
  }

  @Test
  void aBrokenStateFileIsInvalidInputWithAWayOut() throws IOException {
    Files.writeString(dir.resolve("state.json"), "{not json");

    CliRun.Result result = CliRun.run("plan", "-f", CliRun.example("seed"), "--state", state());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("the state file").contains("is not readable").contains("delete it").doesNotContain("\tat ");
  }

  @Test
  void aStateFileOfAnotherClusterIsRefused() {
    CliRun.run("apply", "-f", CliRun.example("seed"), "--state", state(), "--yes");

    CliRun.Result result = CliRun.run("plan", "-f", CliRun.example("seed"), "--state", state(), "--cluster-name", "other");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("holds cluster \"elbgateway\", not \"other\"");
  }

  @Test
  void aSubnetSelectorGetsTwoBuiltInSubnetsAndThePlanSaysSo() throws IOException {
    Path manifests = copy("canary");
    Path gateway = manifests.resolve("gateway.yaml");
    Files.writeString(gateway, Files.readString(gateway).replaceAll(
        "  loadBalancerSubnets:\n    - identifier: subnet-0a1b2c3d4e5f60021\n    - identifier: subnet-0a1b2c3d4e5f60022\n", ""));

    CliRun.Result result = CliRun.run("plan", "-f", manifests.toString(), "--state", state());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("note: load balancer app/app picks subnets by selector {kubernetes.io/role/elb=[, 1]}: the built-in AWS placed it in "
        + "subnet-0e1b0000000000001 and subnet-0e1b0000000000002").doesNotContain("\n! ");
  }

  private static String dnsName(String out) {
    return out.substring(out.indexOf("Load balancers:")).lines().skip(1).findFirst().orElse("").trim();
  }

  private Path copy(String example) throws IOException {
    Path target = dir.resolve(example);
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(CliRun.EXAMPLES.resolve(example))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }
}
