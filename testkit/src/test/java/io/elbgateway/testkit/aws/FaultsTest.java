/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.wafv2.model.Wafv2Exception;

class FaultsTest {

  private final ElbFixture f = new ElbFixture();

  private int targetGroups() {
    return f.elb.describeTargetGroups(b -> {}).targetGroups().size();
  }

  @Test
  void throttleIsTheServiceExceptionWithThrottlingExceptionAndNoEffect() {
    f.aws.faults(Faults.onCall(1, FaultKind.THROTTLE));
    assertThatThrownBy(() -> f.targetGroup("app"))
        .isInstanceOfSatisfying(ElasticLoadBalancingV2Exception.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.isThrottlingException()).isTrue();
        });
    assertThat(targetGroups()).isZero();
  }

  @Test
  void throttleOnWafIsAWafv2Exception() {
    String acl = f.aws.wafv2().createWebAcl("acl");
    f.aws.faults(Faults.onCall(1, FaultKind.THROTTLE));
    assertThatThrownBy(() -> f.aws.wafv2().listResourcesForWebACL(b -> b.webACLArn(acl)))
        .isInstanceOfSatisfying(Wafv2Exception.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException"));
  }

  @Test
  void serverErrorIs500InternalFailureWithNoEffect() {
    f.aws.faults(Faults.onCall(1, FaultKind.SERVER_ERROR));
    assertThatThrownBy(() -> f.targetGroup("app"))
        .isInstanceOfSatisfying(ElasticLoadBalancingV2Exception.class, e -> {
          assertThat(e.statusCode()).isEqualTo(500);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
        });
    assertThat(targetGroups()).isZero();
  }

  @Test
  void timeoutIsAClientExceptionCausedBySocketTimeoutWithNoEffect() {
    f.aws.faults(Faults.onCall(1, FaultKind.TIMEOUT));
    assertThatThrownBy(() -> f.targetGroup("app"))
        .isInstanceOf(SdkClientException.class).hasCauseInstanceOf(SocketTimeoutException.class);
    assertThat(targetGroups()).isZero();
  }

  @Test
  void lostReplyTakesEffectThenFails() {
    f.aws.faults(Faults.onCall(1, FaultKind.LOST_REPLY));
    assertThatThrownBy(() -> f.targetGroup("app")).isInstanceOf(SdkClientException.class).hasMessageContaining("Connection reset");
    assertThat(targetGroups()).isEqualTo(1);
    // A retry of the same create finds what the lost call made (idempotent create).
    assertThat(f.targetGroup("app")).isNotEmpty();
    assertThat(targetGroups()).isEqualTo(1);
  }

  @Test
  void crashBeforeOrAfterTheEffectIsAnErrorEnginesDoNotCatch() {
    f.aws.faults(Faults.onCall(1, FaultKind.CRASH_BEFORE_EFFECT));
    assertThatThrownBy(() -> f.targetGroup("a")).isInstanceOf(SimulatedCrash.class).isNotInstanceOf(Exception.class);
    assertThat(targetGroups()).isZero();
    f.aws.faults(Faults.onCall(1, FaultKind.CRASH_AFTER_EFFECT));
    assertThatThrownBy(() -> f.targetGroup("b")).isInstanceOfSatisfying(SimulatedCrash.class,
        c -> assertThat(c.operation()).isEqualTo("CreateTargetGroup"));
    assertThat(targetGroups()).isEqualTo(1);
  }

  @Test
  void scheduledFaultsHitTheNthCallOfAnOperationOrTheNthMutatingCall() {
    f.aws.faults(Faults.onCall("CreateTargetGroup", 2, FaultKind.THROTTLE));
    f.targetGroup("a");
    targetGroups();
    assertThatThrownBy(() -> f.targetGroup("b")).isInstanceOf(ElasticLoadBalancingV2Exception.class);
    f.targetGroup("b");

    f.aws.faults(Faults.onCall(2, FaultKind.SERVER_ERROR).onlyMutating());
    targetGroups();
    f.targetGroup("c");
    targetGroups();
    assertThatThrownBy(() -> f.targetGroup("d")).isInstanceOf(ElasticLoadBalancingV2Exception.class);
  }

  @Test
  void faultsRestrictedToOperationsLeaveOthersAlone() {
    f.aws.faults(Faults.random(1, 1.0, FaultKind.THROTTLE).onlyOperations("DeleteTargetGroup"));
    String tg = f.targetGroup("a");
    assertThatThrownBy(() -> f.elb.deleteTargetGroup(b -> b.targetGroupArn(tg))).isInstanceOf(ElasticLoadBalancingV2Exception.class);
  }

  @Test
  void randomFaultsRepeatForASeedAndDifferForAnother() {
    assertThat(outcomes(7)).isEqualTo(outcomes(7)).isNotEqualTo(outcomes(8));
    assertThat(outcomes(7)).contains("ok").anyMatch(o -> !o.equals("ok"));
  }

  @Test
  void atMostCapsTheNumberOfFaults() {
    f.aws.faults(Faults.random(3, 1.0, FaultKind.THROTTLE).atMost(2));
    int failed = 0;
    for (int i = 0; i < 5; i++) {
      try {
        targetGroups();
      } catch (ElasticLoadBalancingV2Exception e) {
        failed++;
      }
    }
    assertThat(failed).isEqualTo(2);
  }

  private List<String> outcomes(long seed) {
    ElbFixture fresh = new ElbFixture();
    fresh.aws.faults(Faults.random(seed, 0.3, FaultKind.THROTTLE, FaultKind.SERVER_ERROR, FaultKind.TIMEOUT));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      try {
        fresh.elb.describeTargetGroups(b -> {});
        out.add("ok");
      } catch (ElasticLoadBalancingV2Exception e) {
        out.add(e.awsErrorDetails().errorCode());
      } catch (SdkClientException e) {
        out.add("timeout");
      }
    }
    return out;
  }
}
